import { associationsOfFunction, EDGE_LINK_TYPES } from './edge-associations';
import { eventTypeFinding, seconds } from './event-type-limits';
import { fmt } from '../../engine';
import { DOCS, EDGE, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** E11, E12: timeout per event type (viewer 5 s, origin 30 s). */
export const EdgeTimeout: LimitRule = {
  id: 'EdgeTimeout',
  description: `A Lambda@Edge function's timeout fits its event types (viewer ${fmt(EDGE.viewerMaxTimeoutSeconds)} s, origin ${fmt(EDGE.originMaxTimeoutSeconds)} s)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['E11', 'E12'],
  docUrl: DOCS.edgeQuotas,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const raw = fn.properties.Timeout;
    const timeout = raw === undefined ? FUNCTION.defaultTimeoutSeconds : literalNumber(raw);
    if (timeout === undefined) return [];
    return eventTypeFinding({
      fn,
      associations,
      property: 'Timeout',
      value: timeout,
      render: seconds,
      viewerLimit: EDGE.viewerMaxTimeoutSeconds,
      originLimit: EDGE.originMaxTimeoutSeconds,
      quantity: 'timeout',
    });
  },
};
