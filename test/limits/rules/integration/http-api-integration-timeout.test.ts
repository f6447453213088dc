import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'HttpApiIntegrationTimeout';

function httpApi() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const api = new apigwv2.HttpApi(stack, 'Api');
  api.addRoutes({ path: '/', methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration('Int', nodeFunction(stack, 'Fn'), { timeout: Duration.seconds(10) }) });
  const integration = api.node.findAll().find(c => c instanceof apigwv2.CfnIntegration) as apigwv2.CfnIntegration;
  return { app, stack, integration };
}

test('reports a timeout above 30 s set through an escape hatch', () => {
  const { app, integration } = httpApi();
  integration.addPropertyOverride('TimeoutInMillis', 30_001);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('TimeoutInMillis is 30,001 ms; the limit is 50-30,000 ms for HTTP APIs');
  expect(found[0].message).toContain('http-api-quotas.html');
});

test('reports a timeout below 50 ms', () => {
  const { app, integration } = httpApi();
  integration.addPropertyOverride('TimeoutInMillis', 10);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('applies the 29 s maximum to WebSocket APIs', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const api = new apigwv2.CfnApi(stack, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
  new apigwv2.CfnIntegration(stack, 'Int', { apiId: api.ref, integrationType: 'AWS_PROXY', integrationUri: 'arn:aws:apigateway:eu-west-1:lambda:path/x', timeoutInMillis: 29_500 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('50-29,000 ms for WebSocket APIs');
});

test.each([50, 30_000])('accepts %d ms on an HTTP API', (ms) => {
  const { app, integration } = httpApi();
  integration.addPropertyOverride('TimeoutInMillis', ms);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a timeout that is a token', () => {
  const { app, stack, integration } = httpApi();
  integration.addPropertyOverride('TimeoutInMillis', Token.asNumber(new CfnParameter(stack, 'T', { type: 'Number' }).value));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
