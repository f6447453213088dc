import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'ApiGatewayIntegrationTimeout';

function restApi(endpointTypes?: apigw.EndpointType[]) {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  const api = new apigw.RestApi(stack, 'Api', { endpointTypes });
  const integration = new apigw.LambdaIntegration(fn);
  const method = api.root.addMethod('GET', integration);
  return { app, stack, fn, api, method, cfn: method.node.defaultChild as apigw.CfnMethod };
}

test('reports a timeout below 50 ms set through an escape hatch (the L2 only checks its own props)', () => {
  const { app, cfn } = restApi();
  cfn.addPropertyOverride('Integration.TimeoutInMillis', 49);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S/Api/Default/GET/Resource');
  expect(found[0].message).toContain('Integration.TimeoutInMillis is 49 ms; the limit is at least 50 ms');
});

test('reports above 29 s on an edge-optimized API (the default endpoint type) as an error', () => {
  const { app, cfn } = restApi();
  cfn.addPropertyOverride('Integration.TimeoutInMillis', 29_001);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('29,001 ms on an edge-optimized API');
});

test('warns above 29 s on a Regional API (the quota can be raised)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const api = new apigw.RestApi(stack, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL] });
  api.root.addMethod('GET', new apigw.LambdaIntegration(nodeFunction(stack, 'Fn'), { timeout: Duration.seconds(60) }));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('60,000 ms on a REGIONAL API');
  expect(found[0].message).toContain('api-gateway-execution-service-limits-table.html');
});

test.each([50, 29_000])('accepts %d ms', (ms) => {
  const { app, cfn } = restApi();
  cfn.addPropertyOverride('Integration.TimeoutInMillis', ms);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a timeout that is a token', () => {
  const { app, stack, cfn } = restApi();
  const timeout = new CfnParameter(stack, 'Timeout', { type: 'Number' });
  cfn.addPropertyOverride('Integration.TimeoutInMillis', Token.asNumber(timeout.value));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
