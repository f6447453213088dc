import { additionalVersionWeights, weightPath } from './routing';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalString } from '../../values';

const LATEST = '$LATEST';
const VERSION_NUMBER = /^[0-9]+$/;

/**
 * A3: weighted routing runs between two published versions: the additional version is
 * a version number, and an alias with routing does not point to $LATEST. (An alias
 * without routing may point to $LATEST.)
 */
export const AliasLatestVersion: LimitRule = {
  id: 'AliasLatestVersion',
  description: 'An alias with weighted routing routes only between published versions, never $LATEST',
  severity: FindingSeverity.ERROR,
  limitRefs: ['A3'],
  docUrl: DOCS.lambdaAliasRouting,
  resourceTypes: ['AWS::Lambda::Alias'],
  check(alias) {
    const weights = additionalVersionWeights(alias);
    if (!weights || weights.length === 0) return [];
    const why = 'Lambda routes alias traffic only between published versions and rejects the alias';
    const found: RuleFinding[] = [];
    if (literalString(alias.properties.FunctionVersion) === LATEST) {
      found.push({ resource: alias, property: 'FunctionVersion', value: `${LATEST} on an alias with RoutingConfig`, limit: 'a published version number', why });
    }
    for (const entry of weights) {
      const version = literalString(entry.functionVersion);
      if (version === undefined || VERSION_NUMBER.test(version)) continue;
      found.push({ resource: alias, property: weightPath(entry.index, 'FunctionVersion'), value: `"${version}"`, limit: 'a published version number', why });
    }
    return found;
  },
};
