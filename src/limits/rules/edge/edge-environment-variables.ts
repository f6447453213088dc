import { DOCS } from '../../quotas';
import { literalObject, propertyAt } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E3: Lambda@Edge functions have no environment variables. */
export const EdgeEnvironmentVariables = edgeRestrictionRule({
  id: 'EdgeEnvironmentVariables',
  description: 'A Lambda@Edge function has no environment variables',
  limitRefs: ['E3'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    const keys = Object.keys(variables ?? {});
    if (keys.length === 0) return undefined;
    return {
      property: 'Environment.Variables',
      value: `${keys.length} variable(s) (${keys.slice(0, 5).join(', ')})`,
      limit: 'no environment variables',
      because: ', which does not support environment variables, so the association fails to deploy',
    };
  },
});
