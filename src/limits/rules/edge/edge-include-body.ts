import { associationsOfDistribution, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';

/** E15: `IncludeBody` only on viewer-request and origin-request associations. */
export const EdgeIncludeBody: LimitRule = {
  id: 'EdgeIncludeBody',
  description: `IncludeBody is set only on ${EDGE.requestEventTypes.join(' and ')} Lambda@Edge associations`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['E15'],
  docUrl: DOCS.edgeQuotas,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  relatedTypes: EDGE_LINK_TYPES,
  check(distribution, app) {
    const findings: RuleFinding[] = [];
    for (const association of associationsOfDistribution(app, distribution)) {
      const eventType = association.eventType;
      if (association.includeBody !== true || eventType === undefined) continue;
      if ((EDGE.requestEventTypes as readonly string[]).includes(eventType)) continue;
      findings.push({
        resource: distribution,
        property: `${association.property}.IncludeBody`,
        value: `true on a ${eventType} association`,
        limit: `IncludeBody only on ${EDGE.requestEventTypes.join(' or ')}`,
        why: `Only request events carry a request body, so CloudFront rejects IncludeBody on ${eventType} (${association.behavior})`,
      });
    }
    return findings;
  },
};
