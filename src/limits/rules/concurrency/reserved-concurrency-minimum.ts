import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** K3: ReservedConcurrentExecutions is a whole number, at least 0. */
export const ReservedConcurrencyMinimum: LimitRule = {
  id: 'ReservedConcurrencyMinimum',
  description: 'A function\'s reserved concurrency is an integer of at least 0',
  severity: FindingSeverity.ERROR,
  limitRefs: ['K3'],
  docUrl: DOCS.lambdaConcurrency,
  resourceTypes: ['AWS::Lambda::Function'],
  check(fn) {
    const reserved = literalNumber(fn.properties.ReservedConcurrentExecutions);
    if (reserved === undefined || (Number.isInteger(reserved) && reserved >= 0)) return [];
    return [{
      resource: fn,
      property: 'ReservedConcurrentExecutions',
      value: `${reserved}`,
      limit: 'an integer of at least 0',
      why: 'Lambda rejects the function at deployment',
    }];
  },
};
