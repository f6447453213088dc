import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** F8: an explicit function name is 1-64 characters of letters, digits, `-` and `_`. */
export const FunctionName: LimitRule = {
  id: 'FunctionName',
  description: `Function name is 1-${FUNCTION.functionNameMaxLength} characters of letters, digits, - and _`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F8'],
  docUrl: DOCS.lambdaFunctionSchema,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const name = literalString(fn.properties.FunctionName);
    if (name === undefined) return [];
    const tooLong = name.length > FUNCTION.functionNameMaxLength;
    const badPattern = !FUNCTION.functionNamePattern.test(name);
    if (!tooLong && !badPattern) return [];
    return [{
      resource: fn,
      property: 'FunctionName',
      value: `'${name}' (${name.length} characters)`,
      limit: `1-${FUNCTION.functionNameMaxLength} characters matching [a-zA-Z0-9-_]+`,
      why: 'CloudFormation rejects the function at deployment',
    }];
  },
};
