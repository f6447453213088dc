import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { fmt } from '../../engine';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** E8: Lambda@Edge functions keep the default 512 MB of ephemeral storage. */
export const EdgeEphemeralStorage: LimitRule = {
  id: 'EdgeEphemeralStorage',
  description: `A Lambda@Edge function has at most ${fmt(EDGE.maxEphemeralStorageMb)} MB of ephemeral storage`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['E8'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const size = literalNumber(propertyAt(fn.properties, 'EphemeralStorage.Size'));
    if (size === undefined || size <= EDGE.maxEphemeralStorageMb) return [];
    return [{
      resource: fn,
      property: 'EphemeralStorage.Size',
      value: `${fmt(size)} MB`,
      limit: `${fmt(EDGE.maxEphemeralStorageMb)} MB`,
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which does not support ephemeral storage above ${fmt(EDGE.maxEphemeralStorageMb)} MB`,
    }];
  },
};
