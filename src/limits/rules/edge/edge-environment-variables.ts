import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalObject, propertyAt } from '../../values';

/** E3: Lambda@Edge functions have no environment variables. */
export const EdgeEnvironmentVariables: LimitRule = {
  id: 'EdgeEnvironmentVariables',
  description: 'A Lambda@Edge function has no environment variables',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E3'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    const keys = Object.keys(variables ?? {});
    if (keys.length === 0) return [];
    return [{
      resource: fn,
      property: 'Environment.Variables',
      value: `${keys.length} variable(s) (${keys.slice(0, 5).join(', ')})`,
      limit: 'no environment variables',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which does not support environment variables, so the association fails to deploy`,
    }];
  },
};
