import { Fn, Stack } from 'aws-cdk-lib';
import { cfnDistribution, cloudfront, distributionWith, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeFunctionRegion';

test('reports an edge function in an eu-west-1 stack referenced from a distribution in another stack', () => {
  const app = checkedApp();
  const fnStack = envStack(app, 'Functions');
  const fn = nodeFunction(fnStack, 'Fn');
  const distStack = envStack(app, 'Web');
  distributionWith(distStack, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/Web/Dist/Resource');
  expect(found[0].message).toContain('DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN');
  expect(found[0].message).toContain('version Functions/Fn/CurrentVersion/Resource in eu-west-1');
  expect(found[0].message).toContain('us-east-1');
  expect(found[0].message).toContain('https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html');
});

test('accepts cloudfront.experimental.EdgeFunction used from an eu-west-1 stack (followed through its SSM parameter)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'Web');
  const fn = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
  });
  distributionWith(stack, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts a function in us-east-1 read through crossRegionReferences', () => {
  const app = checkedApp();
  const edge = envStack(app, 'Edge', { env: { account: '123456789012', region: 'us-east-1' }, crossRegionReferences: true });
  const fn = nodeFunction(edge, 'Fn');
  const web = envStack(app, 'Web', { crossRegionReferences: true });
  distributionWith(web, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a stack whose region is not known at synth', () => {
  const app = checkedApp();
  const stack = new Stack(app, 'Agnostic');
  const fn = nodeFunction(stack, 'Fn');
  distributionWith(stack, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges a literal ARN set through an escape hatch, and skips a token ARN', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = nodeFunction(stack, 'Fn');
  const bad = distributionWith(stack, 'Bad', fn.currentVersion);
  cfnDistribution(bad).addPropertyOverride(
    'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN',
    'arn:aws:lambda:eu-central-1:123456789012:function:handler:7',
  );
  const token = distributionWith(stack, 'Token', fn.currentVersion);
  cfnDistribution(token).addPropertyOverride(
    'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0.LambdaFunctionARN',
    Fn.importValue('SomeEdgeArn'),
  );
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/Edge/Bad/Resource']);
  expect(found[0].message).toContain('in eu-central-1');
});
