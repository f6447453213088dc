import { FunctionMemorySize } from './function-memory-size';
import type { LimitRule } from '../../rule';

/** Rules on a function's own configuration (limits.md 1.1). */
export const FUNCTION_RULES: readonly LimitRule[] = [
  FunctionMemorySize,
];
