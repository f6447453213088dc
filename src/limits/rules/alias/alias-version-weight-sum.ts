import { additionalVersionWeights } from './routing';
import { ALIAS, DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** A2: the additional version weights of an alias add up to at most 1. */
export const AliasVersionWeightSum: LimitRule = {
  id: 'AliasVersionWeightSum',
  description: `The additional version weights of an alias add up to at most ${ALIAS.weightMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['A2'],
  docUrl: DOCS.lambdaAliasRouting,
  resourceTypes: ['AWS::Lambda::Alias'],
  check(alias) {
    const weights = (additionalVersionWeights(alias) ?? []).map(entry => literalNumber(entry.functionWeight));
    if (weights.length < 2 || weights.some(w => w === undefined)) return [];
    const sum = weights.reduce<number>((total, w) => total + (w ?? 0), 0);
    // Tolerate floating-point noise (0.1 + 0.2 + 0.7).
    if (sum <= ALIAS.weightMax + 1e-9) return [];
    return [{
      resource: alias,
      property: 'RoutingConfig.AdditionalVersionWeights',
      value: `weights adding up to ${Number(sum.toFixed(6))}`,
      limit: `a sum of at most ${ALIAS.weightMax}`,
      why: 'Lambda rejects the alias at deployment',
    }];
  },
};
