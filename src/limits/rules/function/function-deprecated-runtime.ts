import { FUNCTION_TYPE } from './function-facts';
import { DOCS, RUNTIME_LIFECYCLE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

function utcDay(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/**
 * F16: a deprecated runtime is a warning from its deprecation date, and an error from the
 * date Lambda blocks creating functions with it (judged against `evaluationDate`).
 */
export const FunctionDeprecatedRuntime: LimitRule = {
  id: 'FunctionDeprecatedRuntime',
  description: 'Function runtime is not deprecated: a warning from the deprecation date, an error from the date Lambda blocks function creation',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F16'],
  docUrl: DOCS.lambdaRuntimes,
  resourceTypes: [FUNCTION_TYPE],
  check(fn, _app, settings) {
    const runtime = literalString(fn.properties.Runtime);
    const lifecycle = runtime === undefined ? undefined : RUNTIME_LIFECYCLE[runtime];
    if (!lifecycle) return [];
    const now = settings.now.getTime();
    if (now < utcDay(lifecycle.deprecation)) return [];
    const blocked = now >= utcDay(lifecycle.blockCreate);
    const updatesBlocked = now >= utcDay(lifecycle.blockUpdate);
    return [{
      resource: fn,
      property: 'Runtime',
      value: `'${runtime}' (deprecated on ${lifecycle.deprecation})`,
      limit: `a supported runtime; Lambda blocks creating ${runtime} functions from ${lifecycle.blockCreate} and updating them from ${lifecycle.blockUpdate}`,
      why: blocked
        ? `Lambda rejects ${updatesBlocked ? 'creating and updating' : 'creating'} functions with this runtime, so the deployment fails; move to a supported runtime`
        : `the runtime no longer gets security patches, and deployments will fail from ${lifecycle.blockCreate}; move to a supported runtime`,
      severity: blocked ? FindingSeverity.ERROR : FindingSeverity.WARNING,
    }];
  },
};
