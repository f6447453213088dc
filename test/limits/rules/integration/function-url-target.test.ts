import { CfnParameter } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionUrlTarget';

test('reports a URL whose target is a version, set through an escape hatch', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  const fnUrl = fn.addFunctionUrl();
  (fnUrl.node.defaultChild as lambda.CfnUrl).addPropertyOverride('TargetFunctionArn', fn.currentVersion.functionArn);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('TargetFunctionArn is version S/Fn/CurrentVersion/Resource');
});

test('reports a numeric qualifier on a raw L1 URL', () => {
  const app = checkedApp();
  new lambda.CfnUrl(envStack(app, 'S'), 'Raw', { authType: 'AWS_IAM', targetFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', qualifier: '3' });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Qualifier is 3; the limit is an alias name');
});

test('accepts a URL on an alias', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion }).addFunctionUrl();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a qualifier that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new lambda.CfnUrl(stack, 'Raw', { authType: 'AWS_IAM', targetFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', qualifier: new CfnParameter(stack, 'Q').valueAsString });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
