import { Fn } from 'aws-cdk-lib';
import { cfnDistribution, distributionWith, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeFunctionVersion';
const ARN_PATH = 'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN';

function setup() {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = nodeFunction(stack, 'Fn');
  return { app, stack, fn };
}

test('reports an alias-qualified version ARN given through the L2 (lambda.Version.fromVersionArn)', () => {
  const { app, stack } = setup();
  const version = lambda.Version.fromVersionArn(stack, 'V', 'arn:aws:lambda:us-east-1:123456789012:function:handler:live');
  distributionWith(stack, 'Dist', version);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain(`${ARN_PATH} is arn:aws:lambda:us-east-1:123456789012:function:handler:live (an alias)`);
  expect(found[0].message).toContain('lambda-at-edge-function-restrictions.html');
});

test.each([
  ['an alias resource', (fn: lambda.Function) => new lambda.Alias(fn, 'Live', { aliasName: 'live', version: fn.currentVersion }).functionArn, 'an alias'],
  ['$LATEST', (fn: lambda.Function) => `${fn.functionArn}:$LATEST`, '$LATEST'],
  ['the unqualified function ARN', (fn: lambda.Function) => fn.functionArn, 'unqualified'],
  ['an alias name appended to the ARN', (fn: lambda.Function) => `${fn.functionArn}:live`, 'an alias'],
])('reports %s set through an escape hatch', (_name, arnOf, expected) => {
  const { app, stack, fn } = setup();
  const dist = distributionWith(stack, 'Dist', fn.currentVersion);
  cfnDistribution(dist).addPropertyOverride(ARN_PATH, arnOf(fn));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain(expected);
});

test.each([
  ['fn.currentVersion', (fn: lambda.Function) => fn.currentVersion.edgeArn],
  ['a numbered version appended to the ARN', (fn: lambda.Function) => `${fn.functionArn}:3`],
  ['a literal numbered version ARN', () => 'arn:aws:lambda:us-east-1:123456789012:function:handler:12'],
])('accepts %s', (_name, arnOf) => {
  const { app, stack, fn } = setup();
  const dist = distributionWith(stack, 'Dist', fn.currentVersion);
  cfnDistribution(dist).addPropertyOverride(ARN_PATH, arnOf(fn));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an ARN that is a token', () => {
  const { app, stack, fn } = setup();
  const dist = distributionWith(stack, 'Dist', fn.currentVersion);
  cfnDistribution(dist).addPropertyOverride(ARN_PATH, Fn.importValue('EdgeArn'));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
