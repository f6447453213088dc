import { CfnParameter, Token } from 'aws-cdk-lib';
import { cfnFunction, cloudfront, distributionWith, edgeApp, lambda } from './edge-fixtures';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeMemorySize';

test('reports viewer-request memory above 128 MB, naming the event type that imposes it', () => {
  const { app } = edgeApp({ memorySize: 129 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/Edge/Fn/Resource');
  expect(found[0].message).toContain('MemorySize is 129 MB');
  expect(found[0].message).toContain('128 MB for viewer-request Lambda@Edge triggers');
  expect(found[0].message).toContain('viewer-request on Edge/Dist/Resource (DistributionConfig.DefaultCacheBehavior)');
  expect(found[0].message).toContain('cloudfront-limits.html#limits-lambda-at-edge');
});

test.each([
  [128, cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE],
  [10_240, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST],
  [2048, cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE],
])('accepts %d MB on %s', (memorySize, eventType) => {
  const { app } = edgeApp({ memorySize }, eventType);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('does not judge a function no distribution uses', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize: 4096 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('reports the strictest event type when one function serves viewer and origin triggers', () => {
  const app = checkedApp();
  const stack = envStack(app, 'Edge', { env: { account: '123456789012', region: 'us-east-1' } });
  const fn = nodeFunction(stack, 'Fn', { memorySize: 512 });
  distributionWith(stack, 'Origin', fn.currentVersion, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
  distributionWith(stack, 'Viewer', fn.currentVersion, cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('128 MB for viewer-response');
  expect(found[0].message).toContain('Edge/Viewer/Resource');
});

test('skips a memory size that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'Edge', { env: { account: '123456789012', region: 'us-east-1' } });
  const memory = new CfnParameter(stack, 'Memory', { type: 'Number' });
  const fn = nodeFunction(stack, 'Fn', { memorySize: Token.asNumber(memory.value) });
  distributionWith(stack, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp({ memorySize: 128 });
  cfnFunction(fn).addPropertyOverride('MemorySize', 1024);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('follows cloudfront.experimental.EdgeFunction from an eu-west-1 stack to its us-east-1 function', () => {
  const app = checkedApp();
  const stack = envStack(app, 'Web');
  const fn = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (e) => e;'),
    memorySize: 1024,
  });
  distributionWith(stack, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toMatch(/^\/edge-lambda-stack-[0-9a-f]+\/Edge\/Resource$/);
  expect(found[0].message).toContain('viewer-request on Web/Dist/Resource');
});

test('follows crossRegionReferences from an eu-west-1 distribution to a us-east-1 function', () => {
  const app = checkedApp();
  const edge = envStack(app, 'Edge', { env: { account: '123456789012', region: 'us-east-1' }, crossRegionReferences: true });
  const fn = nodeFunction(edge, 'Fn', { memorySize: 256 });
  const web = envStack(app, 'Web', { crossRegionReferences: true });
  distributionWith(web, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/Edge/Fn/Resource']);
});
