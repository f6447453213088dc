import { megabytes } from './event-type-limits';
import { fmt } from '../../engine';
import { DOCS, EDGE, FUNCTION } from '../../quotas';
import { edgeEventTypeRule } from '../rule-builders';

/** E11, E12: memory per event type (viewer 128 MB, origin 10,240 MB). */
export const EdgeMemorySize = edgeEventTypeRule({
  id: 'EdgeMemorySize',
  description: `A Lambda@Edge function's memory fits its event types (viewer ${fmt(EDGE.viewerMaxMemoryMb)} MB, origin ${fmt(EDGE.originMaxMemoryMb)} MB)`,
  limitRefs: ['E11', 'E12'],
  docUrl: DOCS.edgeQuotas,
  property: 'MemorySize',
  defaultValue: FUNCTION.memoryMinMb,
  render: megabytes,
  viewerLimit: EDGE.viewerMaxMemoryMb,
  originLimit: EDGE.originMaxMemoryMb,
  quantity: 'memory',
});
