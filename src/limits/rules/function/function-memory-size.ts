import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** F1: a function's memory is 128-10,240 MB. */
export const FunctionMemorySize: LimitRule = {
  id: 'FunctionMemorySize',
  description: `Function memory is between ${fmt(FUNCTION.memoryMinMb)} and ${fmt(FUNCTION.memoryMaxMb)} MB`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F1'],
  docUrl: DOCS.lambdaMemory,
  resourceTypes: ['AWS::Lambda::Function'],
  check(fn) {
    const memory = literalNumber(fn.properties.MemorySize);
    if (memory === undefined) return [];
    if (memory >= FUNCTION.memoryMinMb && memory <= FUNCTION.memoryMaxMb && Number.isInteger(memory)) return [];
    return [{
      resource: fn,
      property: 'MemorySize',
      value: `${memory} MB`,
      limit: `${fmt(FUNCTION.memoryMinMb)}-${fmt(FUNCTION.memoryMaxMb)} MB in 1 MB steps`,
      why: 'Lambda rejects the function at deployment',
    }];
  },
};
