import { associationsOfDistribution, describeAssociation, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';

/** E1: a Lambda@Edge function lives in us-east-1. */
export const EdgeFunctionRegion: LimitRule = {
  id: 'EdgeFunctionRegion',
  description: `A Lambda@Edge function (the version a distribution associates) is in ${EDGE.region}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['E1'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  relatedTypes: EDGE_LINK_TYPES,
  check(distribution, app) {
    const findings: RuleFinding[] = [];
    for (const association of associationsOfDistribution(app, distribution)) {
      const region = association.target.region;
      if (region === undefined || region === EDGE.region) continue;
      findings.push({
        resource: distribution,
        property: `${association.property}.LambdaFunctionARN`,
        value: `${association.target.description} in ${region}`,
        limit: `a function in ${EDGE.region} (US East, N. Virginia)`,
        why: `CloudFront replicates Lambda@Edge functions only from ${EDGE.region}, so the association for ${describeAssociation(association)} fails to deploy; define the function with cloudfront.experimental.EdgeFunction or in a ${EDGE.region} stack`,
      });
    }
    return findings;
  },
};
