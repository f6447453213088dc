import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString, propertyAt } from '../../values';

/** CF2: a CloudFront Function's runtime is cloudfront-js-1.0 or cloudfront-js-2.0. */
export const CloudFrontFunctionRuntime: LimitRule = {
  id: 'CloudFrontFunctionRuntime',
  description: `CloudFront Function runtime is one of ${EDGE.cloudFrontFunctionRuntimes.join(', ')}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['CF2'],
  docUrl: DOCS.cloudFrontFunctionRestrictions,
  resourceTypes: ['AWS::CloudFront::Function'],
  check(fn) {
    const runtime = literalString(propertyAt(fn.properties, 'FunctionConfig.Runtime'));
    if (runtime === undefined || (EDGE.cloudFrontFunctionRuntimes as readonly string[]).includes(runtime)) return [];
    return [{
      resource: fn,
      property: 'FunctionConfig.Runtime',
      value: runtime,
      limit: EDGE.cloudFrontFunctionRuntimes.join(' or '),
      why: 'CloudFront Functions run only on the CloudFront JavaScript runtimes, so the function fails to deploy',
    }];
  },
};
