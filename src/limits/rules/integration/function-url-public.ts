import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** A5: a function URL with AuthType NONE is public. */
export const FunctionUrlPublic: LimitRule = {
  id: 'FunctionUrlPublic',
  description: 'A function URL uses AWS_IAM auth (AuthType NONE makes it public)',
  severity: FindingSeverity.WARNING,
  limitRefs: ['A5'],
  docUrl: DOCS.lambdaFunctionUrlAuth,
  resourceTypes: ['AWS::Lambda::Url'],
  check(url) {
    if (literalString(url.properties.AuthType) !== 'NONE') return [];
    return [{
      resource: url,
      property: 'AuthType',
      value: 'NONE',
      limit: 'AWS_IAM unless the endpoint is meant to be public',
      why: 'Anyone on the internet can invoke the function (and run up its cost and concurrency); authenticate in the function code or use AWS_IAM, and acknowledge this warning for an intentionally public endpoint',
    }];
  },
};
