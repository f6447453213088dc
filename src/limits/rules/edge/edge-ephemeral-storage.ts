import { fmt } from '../../engine';
import { DOCS, EDGE } from '../../quotas';
import { literalNumber, propertyAt } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E8: Lambda@Edge functions keep the default 512 MB of ephemeral storage. */
export const EdgeEphemeralStorage = edgeRestrictionRule({
  id: 'EdgeEphemeralStorage',
  description: `A Lambda@Edge function has at most ${fmt(EDGE.maxEphemeralStorageMb)} MB of ephemeral storage`,
  limitRefs: ['E8'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const size = literalNumber(propertyAt(fn.properties, 'EphemeralStorage.Size'));
    if (size === undefined || size <= EDGE.maxEphemeralStorageMb) return undefined;
    return {
      property: 'EphemeralStorage.Size',
      value: `${fmt(size)} MB`,
      limit: `${fmt(EDGE.maxEphemeralStorageMb)} MB`,
      because: `, which does not support ephemeral storage above ${fmt(EDGE.maxEphemeralStorageMb)} MB`,
    };
  },
});
