import { DOCS, FUNCTION } from '../../quotas';
import { environmentKeyRule } from '../rule-builders';

/** F5: an environment variable key starts with a letter and has at least 2 letters, digits or `_`. */
export const FunctionEnvironmentKeyPattern = environmentKeyRule({
  id: 'FunctionEnvironmentKeyPattern',
  description: 'Function environment variable keys match [a-zA-Z][a-zA-Z0-9_]+ (a letter, then letters, digits or _; at least 2 characters)',
  limitRefs: ['F5'],
  docUrl: DOCS.lambdaEnvVars,
  isAllowed: key => FUNCTION.environmentKeyPattern.test(key),
  limit: 'keys matching [a-zA-Z][a-zA-Z0-9_]+',
  why: 'Lambda rejects the function at deployment',
});
