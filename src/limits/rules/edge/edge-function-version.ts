import { associationsOfDistribution, describeAssociation, EDGE_LINK_TYPES, EdgeTargetKind } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';

const WHAT: { readonly [kind: string]: string } = {
  [EdgeTargetKind.ALIAS]: 'an alias',
  [EdgeTargetKind.LATEST]: '$LATEST',
  [EdgeTargetKind.UNQUALIFIED]: 'an unqualified function ARN ($LATEST)',
};

/** E2: a distribution associates a numbered version, never `$LATEST` or an alias. */
export const EdgeFunctionVersion: LimitRule = {
  id: 'EdgeFunctionVersion',
  description: 'A Lambda@Edge association names a numbered function version, not $LATEST or an alias',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E2'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::CloudFront::Distribution'],
  relatedTypes: EDGE_LINK_TYPES,
  check(distribution, app) {
    const findings: RuleFinding[] = [];
    for (const association of associationsOfDistribution(app, distribution)) {
      const what = WHAT[association.target.kind];
      if (what === undefined) continue;
      findings.push({
        resource: distribution,
        property: `${association.property}.LambdaFunctionARN`,
        value: `${association.target.description} (${what})`,
        limit: 'a numbered version (e.g. lambda.Version or fn.currentVersion)',
        why: `Lambda@Edge runs only published, numbered versions, so the association for ${describeAssociation(association)} fails to deploy`,
      });
    }
    return findings;
  },
};
