import { additionalVersionWeights, weightPath } from './routing';
import { ALIAS, DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** A2: each additional version weight is between 0 and 1. */
export const AliasVersionWeight: LimitRule = {
  id: 'AliasVersionWeight',
  description: `Each alias additional version weight is between ${ALIAS.weightMin} and ${ALIAS.weightMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['A2'],
  docUrl: DOCS.lambdaAliasRouting,
  resourceTypes: ['AWS::Lambda::Alias'],
  check(alias) {
    return (additionalVersionWeights(alias) ?? []).flatMap(entry => {
      const weight = literalNumber(entry.functionWeight);
      if (weight === undefined || (weight >= ALIAS.weightMin && weight <= ALIAS.weightMax)) return [];
      return [{
        resource: alias,
        property: weightPath(entry.index, 'FunctionWeight'),
        value: `${weight}`,
        limit: `${ALIAS.weightMin}-${ALIAS.weightMax}`,
        why: 'Lambda rejects the alias at deployment',
      }];
    });
  },
};
