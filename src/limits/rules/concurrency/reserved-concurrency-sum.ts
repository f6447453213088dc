import { concurrencyIndex } from './concurrency-index';
import { fmt } from '../../engine';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * K2: the reserved concurrency of every function of the app (in one account and
 * Region) adds up to at most the account quota minus the 100 executions Lambda keeps
 * unreserved. Reported on each function that reserves concurrency, once.
 */
export const ReservedConcurrencySum: LimitRule = {
  id: 'ReservedConcurrencySum',
  description: 'Reserved concurrency summed over the app leaves 100 unreserved executions in the account quota',
  severity: FindingSeverity.ERROR,
  limitRefs: ['K2', 'K1'],
  docUrl: DOCS.lambdaConcurrency,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: ['AWS::Lambda::Alias', 'AWS::Lambda::Version'],
  check(fn, app, settings) {
    const pool = concurrencyIndex(app).poolOf(fn.stack);
    const reserved = pool.reserved.get(fn);
    const available = settings.accountConcurrencyLimit - settings.unreservedConcurrencyMinimum;
    if (reserved === undefined || pool.reservedTotal <= available) return [];
    return [{
      resource: fn,
      property: 'ReservedConcurrentExecutions',
      value: `${fmt(reserved)}, part of ${fmt(pool.reservedTotal)} reserved by ${pool.reserved.size} function(s) of the app in this account and Region`,
      limit: `a total of ${fmt(available)} (account quota ${fmt(settings.accountConcurrencyLimit)} minus the ${settings.unreservedConcurrencyMinimum} executions Lambda keeps unreserved; set accountConcurrencyLimit if your quota differs)`,
      why: 'Lambda rejects reserved concurrency that would leave fewer than 100 unreserved executions, so the deployment fails',
    }];
  },
};
