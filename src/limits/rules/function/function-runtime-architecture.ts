import { FUNCTION_TYPE } from './function-facts';
import { DOCS, X86_ONLY_RUNTIMES } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalString } from '../../values';

/** F15: legacy runtimes run on x86_64 only, so they cannot be combined with arm64. */
export const FunctionRuntimeArchitecture: LimitRule = {
  id: 'FunctionRuntimeArchitecture',
  description: 'Function with arm64 does not use an x86_64-only legacy runtime (go1.x, java8, python3.7 and older, nodejs10.x and older, ...)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F15'],
  docUrl: DOCS.lambdaArchitectures,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const runtime = literalString(fn.properties.Runtime);
    if (runtime === undefined || !X86_ONLY_RUNTIMES.includes(runtime)) return [];
    const architectures = literalArray(fn.properties.Architectures) ?? [];
    if (!architectures.some(a => literalString(a) === 'arm64')) return [];
    return [{
      resource: fn,
      property: 'Architectures',
      value: `arm64 with runtime '${runtime}'`,
      limit: `x86_64 only for ${runtime}`,
      why: 'Lambda rejects the function at deployment ("Runtime provided does not support the following architectures [arm64]")',
    }];
  },
};
