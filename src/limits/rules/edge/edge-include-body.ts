import { DOCS, EDGE } from '../../quotas';
import { edgeAssociationRule } from '../rule-builders';

/** E15: `IncludeBody` only on viewer-request and origin-request associations. */
export const EdgeIncludeBody = edgeAssociationRule({
  id: 'EdgeIncludeBody',
  description: `IncludeBody is set only on ${EDGE.requestEventTypes.join(' and ')} Lambda@Edge associations`,
  limitRefs: ['E15'],
  docUrl: DOCS.edgeQuotas,
  judge(association) {
    const eventType = association.eventType;
    if (association.includeBody !== true || eventType === undefined) return undefined;
    if ((EDGE.requestEventTypes as readonly string[]).includes(eventType)) return undefined;
    return {
      property: `${association.property}.IncludeBody`,
      value: `true on a ${eventType} association`,
      limit: `IncludeBody only on ${EDGE.requestEventTypes.join(' or ')}`,
      why: `Only request events carry a request body, so CloudFront rejects IncludeBody on ${eventType} (${association.behavior})`,
    };
  },
});
