import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalObject, propertyAt } from '../../values';

const RESERVED: ReadonlySet<string> = new Set(FUNCTION.reservedEnvironmentKeys);

/** F6: the Lambda runtime reserves some environment variable names. */
export const FunctionReservedEnvironmentKey: LimitRule = {
  id: 'FunctionReservedEnvironmentKey',
  description: 'Function environment variables do not set a name reserved by the Lambda runtime (AWS_REGION, _HANDLER, ...)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F6'],
  docUrl: DOCS.lambdaEnvVars,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    if (!variables) return [];
    const findings: RuleFinding[] = [];
    for (const key of Object.keys(variables)) {
      if (!RESERVED.has(key)) continue;
      findings.push({
        resource: fn,
        property: 'Environment.Variables',
        value: `key '${key}'`,
        limit: 'none of the reserved runtime variables (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, AWS_ACCESS_KEY_ID, ...)',
        why: 'Lambda rejects the function at deployment because the runtime sets this variable itself',
      });
    }
    return findings;
  },
};
