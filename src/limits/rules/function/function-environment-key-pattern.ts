import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalObject, propertyAt } from '../../values';

/** F5: an environment variable key starts with a letter and has at least 2 letters, digits or `_`. */
export const FunctionEnvironmentKeyPattern: LimitRule = {
  id: 'FunctionEnvironmentKeyPattern',
  description: 'Function environment variable keys match [a-zA-Z][a-zA-Z0-9_]+ (a letter, then letters, digits or _; at least 2 characters)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F5'],
  docUrl: DOCS.lambdaEnvVars,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    if (!variables) return [];
    const findings: RuleFinding[] = [];
    for (const key of Object.keys(variables)) {
      if (FUNCTION.environmentKeyPattern.test(key)) continue;
      findings.push({
        resource: fn,
        property: 'Environment.Variables',
        value: `key '${key}'`,
        limit: 'keys matching [a-zA-Z][a-zA-Z0-9_]+',
        why: 'Lambda rejects the function at deployment',
      });
    }
    return findings;
  },
};
