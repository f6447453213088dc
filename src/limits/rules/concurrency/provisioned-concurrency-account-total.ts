import { concurrencyIndex } from './concurrency-index';
import { fmt } from '../../engine';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * K5: provisioned concurrency of functions without reserved concurrency comes out of
 * the unreserved pool, which keeps at least 100 executions. Reported on each alias or
 * version whose provisioned concurrency takes the app's committed concurrency (reserved
 * plus such provisioned) above the account quota minus 100. (Provisioned concurrency
 * within a function's reserved concurrency counts once, in ReservedConcurrencySum.)
 */
export const ProvisionedConcurrencyAccountTotal: LimitRule = {
  id: 'ProvisionedConcurrencyAccountTotal',
  description: 'Provisioned plus reserved concurrency summed over the app leaves 100 unreserved executions in the account quota',
  severity: FindingSeverity.ERROR,
  limitRefs: ['K5', 'K2'],
  docUrl: DOCS.lambdaProvisionedConcurrency,
  resourceTypes: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  relatedTypes: ['AWS::Lambda::Function'],
  check(resource, app, settings) {
    const index = concurrencyIndex(app);
    const holder = index.holderOf(resource);
    if (!holder || (holder.fn && index.reservedOf(holder.fn) !== 'none')) return [];
    const pool = index.poolOfHolder(holder);
    const available = settings.accountConcurrencyLimit - settings.unreservedConcurrencyMinimum;
    if (pool.committedTotal <= available) return [];
    return [{
      resource,
      property: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
      value: `${fmt(holder.executions)}, part of ${fmt(pool.committedTotal)} executions the app commits in this account and Region (${fmt(pool.reservedTotal)} reserved, the rest provisioned on functions without reserved concurrency)`,
      limit: `a total of ${fmt(available)} (account quota ${fmt(settings.accountConcurrencyLimit)} minus the ${settings.unreservedConcurrencyMinimum} executions Lambda keeps unreserved; set accountConcurrencyLimit if your quota differs)`,
      why: 'Lambda rejects provisioned concurrency that would leave fewer than 100 unreserved executions, so the deployment fails',
    }];
  },
};
