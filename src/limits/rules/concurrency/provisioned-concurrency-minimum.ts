import { CONCURRENCY, DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

const PROPERTY = 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions';

/** K4: provisioned concurrency on an alias or a version is an integer of at least 1. */
export const ProvisionedConcurrencyMinimum: LimitRule = {
  id: 'ProvisionedConcurrencyMinimum',
  description: `Provisioned concurrency is an integer of at least ${CONCURRENCY.provisionedMinimum}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['K4'],
  docUrl: DOCS.lambdaProvisionedConcurrency,
  resourceTypes: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  check(resource) {
    const executions = literalNumber(propertyAt(resource.properties, PROPERTY));
    if (executions === undefined || (Number.isInteger(executions) && executions >= CONCURRENCY.provisionedMinimum)) return [];
    return [{
      resource,
      property: PROPERTY,
      value: `${executions}`,
      limit: `an integer of at least ${CONCURRENCY.provisionedMinimum}`,
      why: 'Lambda rejects the provisioned concurrency configuration at deployment',
    }];
  },
};
