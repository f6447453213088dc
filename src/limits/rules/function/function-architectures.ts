import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalArray, literalString } from '../../values';

const ARCHITECTURES: readonly string[] = ['x86_64', 'arm64'];

/** F14: `Architectures` holds exactly one of `x86_64` and `arm64`. */
export const FunctionArchitectures: LimitRule = {
  id: 'FunctionArchitectures',
  description: 'Function Architectures lists exactly one architecture, x86_64 or arm64',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F14'],
  docUrl: DOCS.lambdaArchitectures,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const architectures = literalArray(fn.properties.Architectures);
    if (!architectures) return [];
    const findings: RuleFinding[] = [];
    if (architectures.length !== FUNCTION.architecturesMaxItems) {
      findings.push({
        resource: fn,
        property: 'Architectures',
        value: `${architectures.length} items [${architectures.map(a => literalString(a) ?? '<token>').join(', ')}]`,
        limit: 'exactly 1 item',
        why: 'Lambda rejects the function at deployment: a function runs on one instruction set architecture',
      });
    }
    for (const item of architectures) {
      const architecture = literalString(item);
      if (architecture === undefined || ARCHITECTURES.includes(architecture)) continue;
      findings.push({
        resource: fn,
        property: 'Architectures',
        value: `'${architecture}'`,
        limit: "'x86_64' or 'arm64'",
        why: 'Lambda rejects the function at deployment',
      });
    }
    return findings;
  },
};
