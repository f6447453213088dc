import { FUNCTION_TYPE, snapStartEnabled } from './function-facts';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

const QUALIFIER_TYPES = ['AWS::Lambda::Version', 'AWS::Lambda::Alias'];

/**
 * F19: SnapStart and provisioned concurrency do not go together. Looks at every version
 * and alias of a SnapStart function, in any stack of the app.
 */
export const SnapStartProvisionedConcurrency: LimitRule = {
  id: 'SnapStartProvisionedConcurrency',
  description: 'No version or alias of a SnapStart function has provisioned concurrency',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F19'],
  docUrl: DOCS.lambdaSnapStart,
  resourceTypes: [FUNCTION_TYPE],
  relatedTypes: QUALIFIER_TYPES,
  check(fn, app) {
    if (!snapStartEnabled(fn)) return [];
    const findings: RuleFinding[] = [];
    for (const type of QUALIFIER_TYPES) {
      for (const qualifier of app.referrers(fn, type, 'FunctionName')) {
        const config = propertyAt(qualifier.properties, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions');
        if (config === undefined) continue;
        const executions = literalNumber(config);
        if (executions !== undefined && executions <= 0) continue;
        findings.push({
          resource: qualifier,
          property: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
          value: `${executions ?? 'set (value unknown at synth)'} on ${type === 'AWS::Lambda::Alias' ? 'an alias' : 'a version'} of ${fn.path}, which has SnapStart`,
          limit: 'no provisioned concurrency on a SnapStart function',
          why: 'Lambda does not support SnapStart together with provisioned concurrency, so the deployment fails; choose one of them',
        });
      }
    }
    return findings;
  },
};
