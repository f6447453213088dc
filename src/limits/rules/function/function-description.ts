import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** F9: a function description is at most 256 characters. */
export const FunctionDescription: LimitRule = {
  id: 'FunctionDescription',
  description: `Function description is at most ${FUNCTION.descriptionMaxLength} characters`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F9'],
  docUrl: DOCS.lambdaFunctionSchema,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const description = literalString(fn.properties.Description);
    if (description === undefined || description.length <= FUNCTION.descriptionMaxLength) return [];
    return [{
      resource: fn,
      property: 'Description',
      value: `${description.length} characters`,
      limit: `${FUNCTION.descriptionMaxLength} characters`,
      why: 'CloudFormation rejects the function at deployment',
    }];
  },
};
