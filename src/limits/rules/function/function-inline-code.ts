import { FUNCTION_TYPE, utf8Bytes } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalString, propertyAt } from '../../values';

/**
 * F11: inline code (`Code.ZipFile`) works only with Node.js and Python runtimes, and
 * CloudFormation's zip of it "cannot exceed 4MB" (the whole template must also stay under 1 MB).
 */
export const FunctionInlineCode: LimitRule = {
  id: 'FunctionInlineCode',
  description: `Inline code (Code.ZipFile) is used only with nodejs* or python* runtimes and is at most ${fmt(FUNCTION.inlineCodeMaxBytes)} bytes (4 MB)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F11'],
  docUrl: DOCS.lambdaCodeProperty,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const code = literalString(propertyAt(fn.properties, 'Code.ZipFile'));
    if (code === undefined) return [];
    const findings: RuleFinding[] = [];
    const runtime = literalString(fn.properties.Runtime);
    if (runtime !== undefined && !FUNCTION.inlineCodeRuntimePrefixes.some(prefix => runtime.startsWith(prefix))) {
      findings.push({
        resource: fn,
        property: 'Runtime',
        value: `'${runtime}' with inline code (Code.ZipFile)`,
        limit: `inline code only for ${FUNCTION.inlineCodeRuntimePrefixes.map(p => `${p}*`).join(' and ')} runtimes`,
        why: 'CloudFormation rejects inline code for other runtimes; deploy the code as an asset (Code.fromAsset) instead',
      });
    }
    const bytes = utf8Bytes(code);
    if (bytes > FUNCTION.inlineCodeMaxBytes) {
      findings.push({
        resource: fn,
        property: 'Code.ZipFile',
        value: `${fmt(bytes)} bytes`,
        limit: `${fmt(FUNCTION.inlineCodeMaxBytes)} bytes (4 MB); the whole template must also stay under 1 MB`,
        why: 'CloudFormation rejects the template; deploy the code as an asset (Code.fromAsset) instead',
      });
    }
    return findings;
  },
};
