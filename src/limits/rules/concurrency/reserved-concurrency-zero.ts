import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** K3: reserved concurrency of 0 throttles every invocation: the function never runs. */
export const ReservedConcurrencyZero: LimitRule = {
  id: 'ReservedConcurrencyZero',
  description: 'A function does not reserve 0 concurrent executions (that throttles every invocation)',
  severity: FindingSeverity.WARNING,
  limitRefs: ['K3'],
  docUrl: DOCS.lambdaConcurrency,
  resourceTypes: ['AWS::Lambda::Function'],
  check(fn) {
    if (literalNumber(fn.properties.ReservedConcurrentExecutions) !== 0) return [];
    return [{
      resource: fn,
      property: 'ReservedConcurrentExecutions',
      value: '0',
      limit: 'at least 1 for a function that should run',
      why: 'Lambda throttles every invocation of a function with 0 reserved concurrency, so it never runs (intended only to switch a function off)',
    }];
  },
};
