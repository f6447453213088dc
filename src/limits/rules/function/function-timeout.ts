import { FUNCTION_TYPE } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/**
 * F2: a function's timeout is 1-900 s. Functions on Lambda Managed Instances (with a
 * `CapacityProviderConfig`) may run up to 5,400 s (90 minutes), so a longer timeout is legal there.
 */
export const FunctionTimeout: LimitRule = {
  id: 'FunctionTimeout',
  description: `Function timeout is ${fmt(FUNCTION.timeoutMinSeconds)}-${fmt(FUNCTION.timeoutMaxSeconds)} s (up to ${fmt(FUNCTION.managedInstancesTimeoutMaxSeconds)} s on Lambda Managed Instances)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F2'],
  docUrl: DOCS.lambdaTimeout,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const timeout = literalNumber(fn.properties.Timeout);
    if (timeout === undefined) return [];
    const managedInstances = fn.properties.CapacityProviderConfig !== undefined;
    const max = managedInstances ? FUNCTION.managedInstancesTimeoutMaxSeconds : FUNCTION.timeoutMaxSeconds;
    if (timeout >= FUNCTION.timeoutMinSeconds && timeout <= max && Number.isInteger(timeout)) return [];
    return [{
      resource: fn,
      property: 'Timeout',
      value: `${timeout} s`,
      limit: managedInstances
        ? `${fmt(FUNCTION.timeoutMinSeconds)}-${fmt(max)} s in whole seconds for a function with CapacityProviderConfig (Lambda Managed Instances)`
        : `${fmt(FUNCTION.timeoutMinSeconds)}-${fmt(max)} s in whole seconds (up to ${fmt(FUNCTION.managedInstancesTimeoutMaxSeconds)} s only with CapacityProviderConfig)`,
      why: 'Lambda rejects the function at deployment',
      docUrl: managedInstances ? DOCS.lambdaQuotas : undefined,
    }];
  },
};
