import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'HttpApiFunctionTimeout';

function route(scope: apigwv2.HttpApi, fn: lambda.IFunction, timeout?: Duration): void {
  scope.addRoutes({ path: '/', methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration('Int', fn, { timeout }) });
}

test('warns when a function runs longer than the default 30 s, across stacks', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'Functions'), 'Fn', { timeout: Duration.seconds(31) });
  const api = new apigwv2.HttpApi(envStack(app, 'Web'), 'Api');
  route(api, fn);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('TimeoutInMillis is 30,000 ms (default), below the 31 s timeout of Functions/Fn/Resource');
});

test('accepts a function timeout equal to the integration timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const api = new apigwv2.HttpApi(stack, 'Api');
  route(api, nodeFunction(stack, 'Fn', { timeout: Duration.seconds(20) }), Duration.seconds(20));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a function timeout that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const t = new CfnParameter(stack, 'T', { type: 'Number' });
  const api = new apigwv2.HttpApi(stack, 'Api');
  route(api, nodeFunction(stack, 'Fn', { timeout: Duration.seconds(Token.asNumber(t.value)) }));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of the integration timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const api = new apigwv2.HttpApi(stack, 'Api');
  route(api, nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) }));
  const integration = api.node.findAll().find(c => c instanceof apigwv2.CfnIntegration) as apigwv2.CfnIntegration;
  integration.addPropertyOverride('TimeoutInMillis', 9_999);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
