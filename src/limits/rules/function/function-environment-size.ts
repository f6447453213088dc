import { FUNCTION_TYPE, utf8Bytes } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalObject, literalString, propertyAt } from '../../values';

/**
 * F4: all environment variable keys and values together are at most 4 KB (UTF-8 bytes).
 * Values that are not known at synth count as zero, so a finding is certain: the known
 * part alone is already over the limit.
 */
export const FunctionEnvironmentSize: LimitRule = {
  id: 'FunctionEnvironmentSize',
  description: `Function environment variables (keys plus values, UTF-8) total at most ${fmt(FUNCTION.environmentMaxBytes)} bytes (4 KB)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F4'],
  docUrl: DOCS.lambdaEnvVars,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    if (!variables) return [];
    let total = 0;
    let unknown = 0;
    for (const [key, value] of Object.entries(variables)) {
      total += utf8Bytes(key);
      const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : literalString(value);
      if (text === undefined) unknown++;
      else total += utf8Bytes(text);
    }
    if (total <= FUNCTION.environmentMaxBytes) return [];
    const count = Object.keys(variables).length;
    return [{
      resource: fn,
      property: 'Environment.Variables',
      value: `${fmt(total)} bytes in ${count} variable${count === 1 ? '' : 's'}${unknown > 0 ? ` (not counting ${unknown} value${unknown === 1 ? '' : 's'} unknown at synth)` : ''}`,
      limit: `${fmt(FUNCTION.environmentMaxBytes)} bytes (4 KB) for all keys and values combined`,
      why: 'Lambda rejects the function at deployment; move large values to SSM Parameter Store, Secrets Manager or S3',
    }];
  },
};
