import { seconds } from './event-type-limits';
import { fmt } from '../../engine';
import { DOCS, EDGE, FUNCTION } from '../../quotas';
import { edgeEventTypeRule } from '../rule-builders';

/** E11, E12: timeout per event type (viewer 5 s, origin 30 s). */
export const EdgeTimeout = edgeEventTypeRule({
  id: 'EdgeTimeout',
  description: `A Lambda@Edge function's timeout fits its event types (viewer ${fmt(EDGE.viewerMaxTimeoutSeconds)} s, origin ${fmt(EDGE.originMaxTimeoutSeconds)} s)`,
  limitRefs: ['E11', 'E12'],
  docUrl: DOCS.edgeQuotas,
  property: 'Timeout',
  defaultValue: FUNCTION.defaultTimeoutSeconds,
  render: seconds,
  viewerLimit: EDGE.viewerMaxTimeoutSeconds,
  originLimit: EDGE.originMaxTimeoutSeconds,
  quantity: 'timeout',
});
