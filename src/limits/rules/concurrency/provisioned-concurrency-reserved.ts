import { concurrencyIndex } from './concurrency-index';
import { fmt } from '../../engine';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * K5: the provisioned concurrency of all aliases and versions of a function is at
 * most that function's reserved concurrency, when it reserves any. Reported once,
 * on the function.
 */
export const ProvisionedConcurrencyReserved: LimitRule = {
  id: 'ProvisionedConcurrencyReserved',
  description: 'Provisioned concurrency of all aliases and versions of a function is at most its reserved concurrency',
  severity: FindingSeverity.ERROR,
  limitRefs: ['K5'],
  docUrl: DOCS.lambdaProvisionedConcurrency,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  check(fn, app) {
    const index = concurrencyIndex(app);
    const reserved = index.reservedOf(fn);
    if (typeof reserved !== 'number') return [];
    const holders = index.provisionedOf(fn);
    const total = holders.reduce((sum, holder) => sum + holder.executions, 0);
    if (total <= reserved) return [];
    const detail = holders.map(holder => `${holder.resource.path}: ${fmt(holder.executions)}`).join(', ');
    return [{
      resource: fn,
      property: 'ReservedConcurrentExecutions',
      value: `${fmt(reserved)}, below the ${fmt(total)} provisioned executions of its aliases and versions (${detail})`,
      limit: 'at least the provisioned concurrency of all its aliases and versions',
      why: 'Lambda rejects provisioned concurrency above the function\'s reserved concurrency, so the deployment fails',
    }];
  },
};
