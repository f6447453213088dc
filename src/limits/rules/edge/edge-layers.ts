import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray } from '../../values';

/** E4: Lambda@Edge functions have no layers. */
export const EdgeLayers: LimitRule = {
  id: 'EdgeLayers',
  description: 'A Lambda@Edge function has no layers',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E4'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const layers = literalArray(fn.properties.Layers);
    if (!layers || layers.length === 0) return [];
    return [{
      resource: fn,
      property: 'Layers',
      value: `${layers.length} layer(s)`,
      limit: 'no layers',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which does not support layers; bundle the dependencies into the function's package instead`,
    }];
  },
};
