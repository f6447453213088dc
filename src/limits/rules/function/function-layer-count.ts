import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray } from '../../values';

/** F7: a function uses at most 5 layers. */
export const FunctionLayerCount: LimitRule = {
  id: 'FunctionLayerCount',
  description: `Function uses at most ${FUNCTION.maxLayers} layers`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F7'],
  docUrl: DOCS.lambdaLayers,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const layers = literalArray(fn.properties.Layers);
    if (!layers || layers.length <= FUNCTION.maxLayers) return [];
    return [{
      resource: fn,
      property: 'Layers',
      value: `${layers.length} layers`,
      limit: `${FUNCTION.maxLayers} layers per function`,
      why: 'Lambda rejects the function at deployment',
    }];
  },
};
