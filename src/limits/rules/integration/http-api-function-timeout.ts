import { functionTimeoutSeconds, invokedFunction, INVOKED_FUNCTION_TYPES } from './invoked-function';
import { apiProtocol } from './v2-protocol';
import { fmt } from '../../engine';
import { DOCS, INTEGRATION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, literalString } from '../../values';

/** G2: an HTTP API (or WebSocket) Lambda integration waits at least as long as the function may run. */
export const HttpApiFunctionTimeout: LimitRule = {
  id: 'HttpApiFunctionTimeout',
  description: 'An HTTP API Lambda integration\'s timeout (30 s by default and at most) is not shorter than the function\'s timeout',
  severity: FindingSeverity.WARNING,
  limitRefs: ['G2'],
  docUrl: DOCS.httpApiQuotas,
  resourceTypes: ['AWS::ApiGatewayV2::Integration'],
  relatedTypes: [...INVOKED_FUNCTION_TYPES, 'AWS::ApiGatewayV2::Api'],
  check(integration, app) {
    const type = literalString(integration.properties.IntegrationType);
    if (type !== 'AWS_PROXY' && type !== 'AWS') return [];
    const fn = invokedFunction(app, integration, integration.properties.IntegrationUri);
    if (!fn) return [];
    const raw = integration.properties.TimeoutInMillis;
    const webSocket = apiProtocol(app, integration) === 'WEBSOCKET';
    const defaultMs = webSocket ? INTEGRATION.webSocketMaxTimeoutMs : INTEGRATION.httpApiDefaultTimeoutMs;
    const integrationMs = raw === undefined ? defaultMs : literalNumber(raw);
    const fnSeconds = functionTimeoutSeconds(fn);
    if (integrationMs === undefined || fnSeconds === undefined || fnSeconds * 1000 <= integrationMs) return [];
    return [{
      resource: integration,
      property: 'TimeoutInMillis',
      value: `${fmt(integrationMs)} ms${raw === undefined ? ' (default)' : ''}, below the ${fmt(fnSeconds)} s timeout of ${fn.path}`,
      limit: `at least the function timeout (${fmt(fnSeconds * 1000)} ms; the API cannot wait longer than ${fmt(webSocket ? INTEGRATION.webSocketMaxTimeoutMs : INTEGRATION.httpApiMaxTimeoutMs)} ms)`,
      why: 'The client gets a 504 when the integration times out while the function keeps running (and is billed) to its own timeout; keep synchronous functions behind the API within its timeout',
    }];
  },
};
