import { fmt } from '../../engine';
import { DOCS, INTEGRATION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** A5: a function URL's CORS `MaxAge` is 0-86,400 s. */
export const FunctionUrlCorsMaxAge: LimitRule = {
  id: 'FunctionUrlCorsMaxAge',
  description: `Function URL CORS MaxAge is 0-${fmt(INTEGRATION.functionUrlCorsMaxAgeSeconds)} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['A5'],
  docUrl: DOCS.lambdaFunctionUrls,
  resourceTypes: ['AWS::Lambda::Url'],
  check(url) {
    const maxAge = literalNumber(propertyAt(url.properties, 'Cors.MaxAge'));
    if (maxAge === undefined || (maxAge >= 0 && maxAge <= INTEGRATION.functionUrlCorsMaxAgeSeconds && Number.isInteger(maxAge))) return [];
    return [{
      resource: url,
      property: 'Cors.MaxAge',
      value: `${fmt(maxAge)} s`,
      limit: `0-${fmt(INTEGRATION.functionUrlCorsMaxAgeSeconds)} s (24 hours), whole seconds`,
      why: 'Lambda rejects the function URL configuration',
    }];
  },
};
