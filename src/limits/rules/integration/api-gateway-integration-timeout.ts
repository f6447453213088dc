import { fmt } from '../../engine';
import type { AppModel, ResourceView } from '../../model';
import { DOCS, INTEGRATION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalNumber, propertyAt } from '../../values';

/**
 * G1: a REST API integration timeout is 50 ms-29 s by default. Regional and private REST APIs
 * can raise the upper bound through Service Quotas (since June 2024), so above 29 s is a
 * warning for them; edge-optimized APIs (the CloudFormation default) cannot, so it is an error.
 */
export const ApiGatewayIntegrationTimeout: LimitRule = {
  id: 'ApiGatewayIntegrationTimeout',
  description: `REST API integration timeout is ${fmt(INTEGRATION.apiGatewayMinTimeoutMs)}-${fmt(INTEGRATION.restApiDefaultMaxTimeoutMs)} ms (above 29 s only for Regional/private APIs with a raised quota)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['G1'],
  docUrl: DOCS.restApiQuotas,
  resourceTypes: ['AWS::ApiGateway::Method'],
  relatedTypes: ['AWS::ApiGateway::RestApi'],
  check(method, app) {
    const timeout = literalNumber(propertyAt(method.properties, 'Integration.TimeoutInMillis'));
    if (timeout === undefined) return [];
    const property = 'Integration.TimeoutInMillis';
    if (timeout < INTEGRATION.apiGatewayMinTimeoutMs) {
      return [{
        resource: method,
        property,
        value: `${fmt(timeout)} ms`,
        limit: `at least ${fmt(INTEGRATION.apiGatewayMinTimeoutMs)} ms`,
        why: 'API Gateway rejects the integration',
      }];
    }
    if (timeout <= INTEGRATION.restApiDefaultMaxTimeoutMs) return [];
    const endpoint = endpointType(app, method);
    const limit = `${fmt(INTEGRATION.apiGatewayMinTimeoutMs)}-${fmt(INTEGRATION.restApiDefaultMaxTimeoutMs)} ms`;
    if (endpoint === 'EDGE') {
      return [{
        resource: method,
        property,
        value: `${fmt(timeout)} ms on an edge-optimized API`,
        limit,
        why: 'Only Regional and private REST APIs can raise the integration timeout above 29 s; an edge-optimized API (the default endpoint type) rejects it',
      }];
    }
    return [{
      resource: method,
      property,
      value: `${fmt(timeout)} ms${endpoint ? ` on a ${endpoint} API` : ''}`,
      limit: `${limit} by default`,
      why: 'Above 29 s needs the "Maximum integration timeout" quota raised for the account and Region (Regional and private REST APIs only; it may lower the account throttle quota); without it the deployment fails',
      severity: FindingSeverity.WARNING,
    }];
  },
};

/** `EDGE`, `REGIONAL` or `PRIVATE` for a REST API of the app; undefined when unknown. */
function endpointType(app: AppModel, method: ResourceView): string | undefined {
  const api = app.referencedResource(method, method.properties.RestApiId);
  if (api?.type !== 'AWS::ApiGateway::RestApi') return undefined;
  const configuration = api.properties.EndpointConfiguration;
  if (configuration === undefined) return 'EDGE';
  const types = literalArray(propertyAt(api.properties, 'EndpointConfiguration.Types'));
  if (!types || types.length !== 1 || typeof types[0] !== 'string') return undefined;
  return types[0];
}
