import { DOCS, FUNCTION } from '../../quotas';
import { environmentKeyRule } from '../rule-builders';

const RESERVED: ReadonlySet<string> = new Set(FUNCTION.reservedEnvironmentKeys);

/** F6: the Lambda runtime reserves some environment variable names. */
export const FunctionReservedEnvironmentKey = environmentKeyRule({
  id: 'FunctionReservedEnvironmentKey',
  description: 'Function environment variables do not set a name reserved by the Lambda runtime (AWS_REGION, _HANDLER, ...)',
  limitRefs: ['F6'],
  docUrl: DOCS.lambdaEnvVars,
  isAllowed: key => !RESERVED.has(key),
  limit: 'none of the reserved runtime variables (AWS_REGION, AWS_LAMBDA_FUNCTION_NAME, _HANDLER, AWS_ACCESS_KEY_ID, ...)',
  why: 'Lambda rejects the function at deployment because the runtime sets this variable itself',
});
