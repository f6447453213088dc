import { functionTimeoutSeconds, invokedFunction, INVOKED_FUNCTION_TYPES } from './invoked-function';
import { fmt } from '../../engine';
import { DOCS, INTEGRATION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, literalString, propertyAt } from '../../values';

const LAMBDA_TYPES = ['AWS', 'AWS_PROXY'];

/** G1: a REST API method that invokes a function waits at least as long as the function may run. */
export const ApiGatewayFunctionTimeout: LimitRule = {
  id: 'ApiGatewayFunctionTimeout',
  description: 'A REST API Lambda integration\'s timeout (29 s by default) is not shorter than the function\'s timeout',
  severity: FindingSeverity.WARNING,
  limitRefs: ['G1'],
  docUrl: DOCS.restApiQuotas,
  resourceTypes: ['AWS::ApiGateway::Method'],
  relatedTypes: INVOKED_FUNCTION_TYPES,
  check(method, app) {
    const type = literalString(propertyAt(method.properties, 'Integration.Type'));
    if (type === undefined || !LAMBDA_TYPES.includes(type)) return [];
    const fn = invokedFunction(app, method, propertyAt(method.properties, 'Integration.Uri'));
    if (!fn) return [];
    const raw = propertyAt(method.properties, 'Integration.TimeoutInMillis');
    const integrationMs = raw === undefined ? INTEGRATION.apiGatewayDefaultTimeoutMs : literalNumber(raw);
    const fnSeconds = functionTimeoutSeconds(fn);
    if (integrationMs === undefined || fnSeconds === undefined || fnSeconds * 1000 <= integrationMs) return [];
    return [{
      resource: method,
      property: 'Integration.TimeoutInMillis',
      value: `${fmt(integrationMs)} ms${raw === undefined ? ' (default)' : ''}, below the ${fmt(fnSeconds)} s timeout of ${fn.path}`,
      limit: `at least the function timeout (${fmt(fnSeconds * 1000)} ms)`,
      why: 'API Gateway answers 504 when the integration times out while the function keeps running (and is billed) to its own timeout; lower the function timeout or raise the integration timeout',
    }];
  },
};
