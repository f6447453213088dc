import { CfnParameter } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionUrlPublic';

test('warns about AuthType NONE', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('AuthType is NONE');
  expect(found[0].message).toContain('urls-auth.html');
});

test('accepts AWS_IAM', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an auth type that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fnUrl = nodeFunction(stack, 'Fn').addFunctionUrl();
  (fnUrl.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', new CfnParameter(stack, 'Auth').valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fnUrl = nodeFunction(envStack(app, 'S'), 'Fn').addFunctionUrl();
  (fnUrl.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'NONE');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
