import { describeUse } from './edge-associations';
import { fmt } from '../../engine';
import type { ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import type { RuleFinding } from '../../rule';
import { literalNumber, propertyAt } from '../../values';
import { edgeFunctionRule } from '../rule-builders';

const PROPERTY = 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions';

/**
 * E8: no provisioned concurrency on the version a distribution associates, nor on an alias of
 * the function that points at that version (or that the distribution names).
 */
export const EdgeProvisionedConcurrency = edgeFunctionRule({
  id: 'EdgeProvisionedConcurrency',
  description: 'A Lambda@Edge version (or an alias of it) has no provisioned concurrency',
  limitRefs: ['E8'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn, associations, app) {
    const versions = new Set<ResourceView>();
    const candidates = new Set<ResourceView>();
    for (const association of associations) {
      if (association.target.version) {
        versions.add(association.target.version);
        candidates.add(association.target.version);
      }
      if (association.target.alias) candidates.add(association.target.alias);
    }
    for (const alias of app.referrers(fn, 'AWS::Lambda::Alias', 'FunctionName')) {
      const version = app.referencedResource(alias, alias.properties.FunctionVersion);
      if (version && versions.has(version)) candidates.add(alias);
    }
    const findings: RuleFinding[] = [];
    for (const resource of candidates) {
      const executions = literalNumber(propertyAt(resource.properties, PROPERTY));
      if (executions === undefined || executions <= 0) continue;
      findings.push({
        resource,
        property: PROPERTY,
        value: fmt(executions),
        limit: 'no provisioned concurrency',
        why: `The version runs as Lambda@Edge (${describeUse(associations)}), which does not support provisioned concurrency`,
      });
    }
    return findings;
  },
});
