import { App, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf, nodeFunction } from './helpers';
import { modelFromTree } from '../../src/limits/tree-model';

const ALL_TYPES = (): boolean => true;

/** A function with a currentVersion (its logical id embeds the function's hash) and an alias on it. */
function functionWithVersion(app: App): { stack: Stack; fn: lambda.Function; alias: lambda.Alias } {
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  return { stack, fn, alias };
}

test('keys resources by construct path and follows references between them', () => {
  const app = new App();
  const { stack, fn, alias } = functionWithVersion(app);
  app.synth();
  const { app: model, constructs } = modelFromTree(app, ALL_TYPES);
  const aliasView = model.ofType('AWS::Lambda::Alias')[0];
  expect(aliasView.path).toBe(alias.node.defaultChild!.node.path);
  expect(constructs.get(aliasView.path)).toBe(alias.node.defaultChild);
  const version = model.referencedResource(aliasView, aliasView.properties.FunctionVersion);
  expect(version?.type).toBe('AWS::Lambda::Version');
  expect(version?.path).toBe(fn.currentVersion.node.defaultChild!.node.path);
  expect(model.referencedResource(version!, version!.properties.FunctionName)?.path).toBe(fn.node.defaultChild!.node.path);
  expect(model.stacks.map(s => s.path)).toEqual([stack.node.path]);
});

test('renders embedded tokens as CloudFormation does: one Fn::Join with adjacent literals merged', () => {
  const app = new App();
  const stack = envStack(app, 'S');
  const queue = new sqs.Queue(stack, 'Queue');
  const fn = nodeFunction(stack, 'Fn', {
    environment: { TARGET: `queue:${queue.queueName}:${Fn.join('-', ['a', queue.queueArn])}:end` },
  });
  const expected = stack.resolve((fn.node.defaultChild as lambda.CfnFunction).environment);
  app.synth();
  const { app: model } = modelFromTree(app, ALL_TYPES);
  const target = (model.ofType('AWS::Lambda::Function')[0].properties.Environment as { Variables: { TARGET: unknown } }).Variables.TARGET;
  const queuePath = queue.node.defaultChild!.node.path;
  const real = stack.resolve((queue.node.defaultChild as sqs.CfnQueue).logicalId);
  // Same shape as the template, with the construct path in place of the logical id.
  expect(JSON.parse(JSON.stringify(target).split(queuePath).join(real))).toEqual(expected.variables.TARGET);
  expect(target).toEqual({ 'Fn::Join': ['', ['queue:', { 'Fn::GetAtt': [queuePath, 'QueueName'] }, ':', expect.anything(), ':end']] });
});

test('matches literal logical ids written by hand, including the hashed id of a currentVersion', () => {
  const app = new App();
  const { stack, fn } = functionWithVersion(app);
  const versionId = stack.resolve((fn.currentVersion.node.defaultChild as lambda.CfnVersion).logicalId) as string;
  const functionId = stack.resolve((fn.node.defaultChild as lambda.CfnFunction).logicalId) as string;
  expect(versionId).toMatch(/^FnCurrentVersion[0-9A-F]{8}[0-9a-f]{32}$/);
  app.synth();
  const { app: model } = modelFromTree(app, ALL_TYPES);
  const stackView = model.stacks[0];
  expect(model.resource(stackView, versionId)?.type).toBe('AWS::Lambda::Version');
  expect(model.resource(stackView, functionId)?.type).toBe('AWS::Lambda::Function');
  expect(model.resource(stackView, 'NoSuchResource')).toBeUndefined();
  expect(model.resource(stackView, 'AWS::Region')).toBeUndefined();
});

test('a finding reached through literal logical ids in an escape hatch is reported', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(30) });
  const mapping = new lambda.CfnEventSourceMapping(stack, 'Mapping', { functionName: 'placeholder', eventSourceArn: 'placeholder' });
  mapping.addPropertyOverride('FunctionName', { Ref: stack.resolve((fn.node.defaultChild as lambda.CfnFunction).logicalId) });
  mapping.addPropertyOverride('EventSourceArn', { 'Fn::GetAtt': [stack.resolve((queue.node.defaultChild as sqs.CfnQueue).logicalId), 'Arn'] });
  const found = findingsOf(app, 'SqsVisibilityTimeout');
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('VisibilityTimeout 30 s');
});
