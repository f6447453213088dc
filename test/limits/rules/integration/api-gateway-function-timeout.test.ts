import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'ApiGatewayFunctionTimeout';

test('warns when a function runs longer than the default 29 s integration timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(120) });
  new apigw.LambdaRestApi(stack, 'Api', { handler: fn });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path).sort()).toEqual(['/S/Api/Default/ANY/Resource', '/S/Api/Default/{proxy+}/ANY/Resource']);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('Integration.TimeoutInMillis is 29,000 ms (default), below the 120 s timeout of S/Fn/Resource');
  expect(found[0].message).toContain('504');
});

test('follows an alias in another stack of the app', () => {
  const app = checkedApp();
  const fnStack = envStack(app, 'Functions');
  const fn = nodeFunction(fnStack, 'Fn', { timeout: Duration.seconds(30) });
  const alias = new lambda.Alias(fnStack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  const apiStack = envStack(app, 'Api');
  const api = new apigw.RestApi(apiStack, 'Api');
  api.root.addMethod('POST', new apigw.LambdaIntegration(alias));
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/Api/Api/Default/POST/Resource']);
  expect(found[0].message).toContain('30 s timeout of Functions/Fn/Resource');
});

test('accepts a function timeout equal to the integration timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  const api = new apigw.RestApi(stack, 'Api');
  api.root.addMethod('GET', new apigw.LambdaIntegration(fn, { timeout: Duration.seconds(10) }));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a function timeout that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const timeout = new CfnParameter(stack, 'Timeout', { type: 'Number' });
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(Token.asNumber(timeout.value)) });
  const api = new apigw.RestApi(stack, 'Api');
  api.root.addMethod('GET', new apigw.LambdaIntegration(fn));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of the integration timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  const api = new apigw.RestApi(stack, 'Api');
  const method = api.root.addMethod('GET', new apigw.LambdaIntegration(fn));
  (method.node.defaultChild as apigw.CfnMethod).addPropertyOverride('Integration.TimeoutInMillis', 5000);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('5,000 ms, below the 10 s timeout');
});
