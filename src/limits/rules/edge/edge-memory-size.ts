import { associationsOfFunction, EDGE_LINK_TYPES } from './edge-associations';
import { eventTypeFinding, megabytes } from './event-type-limits';
import { fmt } from '../../engine';
import { DOCS, EDGE, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** E11, E12: memory per event type (viewer 128 MB, origin 10,240 MB). */
export const EdgeMemorySize: LimitRule = {
  id: 'EdgeMemorySize',
  description: `A Lambda@Edge function's memory fits its event types (viewer ${fmt(EDGE.viewerMaxMemoryMb)} MB, origin ${fmt(EDGE.originMaxMemoryMb)} MB)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['E11', 'E12'],
  docUrl: DOCS.edgeQuotas,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const raw = fn.properties.MemorySize;
    const memory = raw === undefined ? FUNCTION.memoryMinMb : literalNumber(raw);
    if (memory === undefined) return [];
    return eventTypeFinding({
      fn,
      associations,
      property: 'MemorySize',
      value: memory,
      render: megabytes,
      viewerLimit: EDGE.viewerMaxMemoryMb,
      originLimit: EDGE.originMaxMemoryMb,
      quantity: 'memory',
    });
  },
};
