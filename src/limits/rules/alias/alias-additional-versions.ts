import { additionalVersionWeights } from './routing';
import { DOCS, ALIAS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** A1: an alias routes to at most one additional version. */
export const AliasAdditionalVersions: LimitRule = {
  id: 'AliasAdditionalVersions',
  description: `An alias routes traffic to at most ${ALIAS.maxAdditionalVersions} additional version`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['A1'],
  docUrl: DOCS.lambdaCreateAlias,
  resourceTypes: ['AWS::Lambda::Alias'],
  check(alias) {
    const weights = additionalVersionWeights(alias);
    if (!weights || weights.length <= ALIAS.maxAdditionalVersions) return [];
    return [{
      resource: alias,
      property: 'RoutingConfig.AdditionalVersionWeights',
      value: `${weights.length} entries`,
      limit: `${ALIAS.maxAdditionalVersions} entry (an alias splits traffic between two versions)`,
      why: 'Lambda rejects the alias at deployment',
    }];
  },
};
