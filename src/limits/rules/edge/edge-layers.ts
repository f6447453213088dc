import { DOCS } from '../../quotas';
import { literalArray } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E4: Lambda@Edge functions have no layers. */
export const EdgeLayers = edgeRestrictionRule({
  id: 'EdgeLayers',
  description: 'A Lambda@Edge function has no layers',
  limitRefs: ['E4'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const layers = literalArray(fn.properties.Layers);
    if (!layers || layers.length === 0) return undefined;
    return {
      property: 'Layers',
      value: `${layers.length} layer(s)`,
      limit: 'no layers',
      because: ', which does not support layers; bundle the dependencies into the function\'s package instead',
    };
  },
});
