import { apiProtocol } from './v2-protocol';
import { fmt } from '../../engine';
import { DOCS, INTEGRATION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** G2: an HTTP API integration timeout is 50 ms-30 s (WebSocket APIs: 50 ms-29 s); not raisable. */
export const HttpApiIntegrationTimeout: LimitRule = {
  id: 'HttpApiIntegrationTimeout',
  description: `HTTP API integration timeout is ${fmt(INTEGRATION.apiGatewayMinTimeoutMs)}-${fmt(INTEGRATION.httpApiMaxTimeoutMs)} ms (WebSocket: up to ${fmt(INTEGRATION.webSocketMaxTimeoutMs)} ms)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['G2'],
  docUrl: DOCS.httpApiQuotas,
  resourceTypes: ['AWS::ApiGatewayV2::Integration'],
  relatedTypes: ['AWS::ApiGatewayV2::Api'],
  check(integration, app) {
    const timeout = literalNumber(integration.properties.TimeoutInMillis);
    if (timeout === undefined) return [];
    const webSocket = apiProtocol(app, integration) === 'WEBSOCKET';
    const max = webSocket ? INTEGRATION.webSocketMaxTimeoutMs : INTEGRATION.httpApiMaxTimeoutMs;
    if (timeout >= INTEGRATION.apiGatewayMinTimeoutMs && timeout <= max) return [];
    return [{
      resource: integration,
      property: 'TimeoutInMillis',
      value: `${fmt(timeout)} ms`,
      limit: `${fmt(INTEGRATION.apiGatewayMinTimeoutMs)}-${fmt(max)} ms for ${webSocket ? 'WebSocket' : 'HTTP'} APIs`,
      why: 'API Gateway rejects the integration; this quota cannot be raised for HTTP or WebSocket APIs',
      docUrl: webSocket ? DOCS.webSocketApiQuotas : undefined,
    }];
  },
};
