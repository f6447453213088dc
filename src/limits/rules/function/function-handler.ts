import { FUNCTION_TYPE, isContainerImage } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** F10: a handler is 1-128 characters without whitespace (container images have none). */
export const FunctionHandler: LimitRule = {
  id: 'FunctionHandler',
  description: `Function handler is 1-${FUNCTION.handlerMaxLength} characters without whitespace (not checked for container images)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F10'],
  docUrl: DOCS.lambdaFunctionSchema,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    if (isContainerImage(fn)) return [];
    const handler = literalString(fn.properties.Handler);
    if (handler === undefined) return [];
    if (handler.length <= FUNCTION.handlerMaxLength && FUNCTION.handlerPattern.test(handler)) return [];
    return [{
      resource: fn,
      property: 'Handler',
      value: `'${handler}' (${handler.length} characters)`,
      limit: `1-${FUNCTION.handlerMaxLength} characters matching ^[^\\s]+$ (no whitespace)`,
      why: 'Lambda rejects the function at deployment',
    }];
  },
};
