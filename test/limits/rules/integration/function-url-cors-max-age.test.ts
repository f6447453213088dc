import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionUrlCorsMaxAge';

function url(maxAge: number) {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fnUrl = nodeFunction(stack, 'Fn').addFunctionUrl({ cors: { allowedOrigins: ['*'], maxAge: Duration.seconds(maxAge) } });
  return { app, stack, cfn: fnUrl.node.defaultChild as lambda.CfnUrl };
}

test('reports a MaxAge above 86,400 s set through an escape hatch', () => {
  const { app, cfn } = url(60);
  cfn.addPropertyOverride('Cors.MaxAge', 86_401);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S/Fn/FunctionUrl/Resource');
  expect(found[0].message).toContain('Cors.MaxAge is 86,401 s; the limit is 0-86,400 s');
});

test('reports a raw L1 URL', () => {
  const app = checkedApp();
  new lambda.CfnUrl(envStack(app, 'S'), 'Raw', { authType: 'AWS_IAM', targetFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', cors: { maxAge: 100_000 } });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
});

test('accepts exactly 86,400 s', () => {
  const { app } = url(86_400);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a MaxAge that is a token', () => {
  const { app, stack, cfn } = url(60);
  cfn.addPropertyOverride('Cors.MaxAge', Token.asNumber(new CfnParameter(stack, 'Age', { type: 'Number' }).value));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
