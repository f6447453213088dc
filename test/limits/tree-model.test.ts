import { App, CfnResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
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

/**
 * The tree model renders Type and Properties itself (render-resource.ts) instead of the whole
 * resource: the result must equal the synthesized template, logical ids aside.
 */
test('renders Type and Properties exactly as the synthesized template, overrides and all', () => {
  const app = new App();
  const stack = envStack(app, 'S');
  const other = envStack(app, 'Other');
  const dlq = new sqs.Queue(other, 'Dlq', { fifo: true });
  const queue = new sqs.Queue(stack, 'Queue', { fifo: true, deadLetterQueue: { queue: dlq, maxReceiveCount: 3 } });
  const fn = nodeFunction(stack, 'Fn', {
    environment: { QUEUE: queue.queueUrl, PLAIN: 'x' },
    layers: [lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', 'arn:aws:lambda:eu-west-1:123456789012:layer:l:1')],
    reservedConcurrentExecutions: 5,
  });
  const cfnFunction = fn.node.defaultChild as lambda.CfnFunction;
  cfnFunction.addPropertyOverride('MemorySize', 512);
  cfnFunction.addPropertyOverride('Environment.Variables.EXTRA', queue.queueArn);
  cfnFunction.addPropertyDeletionOverride('Environment.Variables.PLAIN');
  cfnFunction.addPropertyOverride('Layers.0', 'arn:aws:lambda:eu-west-1:123456789012:layer:other:2');
  cfnFunction.addOverride('Properties.EphemeralStorage', { Size: 1024 });
  cfnFunction.addPropertyOverride('Description', { 'Fn::Sub': 'from ${AWS::Region}' });
  const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  alias.addEventSource(new SqsEventSource(queue, { batchSize: 5, maxConcurrency: 2 }));
  const mapping = alias.node.findAll().find((c): c is lambda.CfnEventSourceMapping => c instanceof lambda.CfnEventSourceMapping)!;
  mapping.addPropertyOverride('ScalingConfig', { MaximumConcurrency: 3 });
  // A property given as an intrinsic, then overridden by an object: replaced, not merged.
  const generic = new CfnResource(stack, 'Generic', { type: 'AWS::SQS::Queue', properties: { RedrivePolicy: Fn.getAtt('Queue4A7E3555', 'Arn') } });
  generic.addPropertyOverride('RedrivePolicy', { maxReceiveCount: 2 });
  const emptied = new sqs.CfnQueue(stack, 'Emptied', { delaySeconds: 1 });
  emptied.addPropertyDeletionOverride('DelaySeconds');

  const assembly = app.synth();
  const { app: model } = modelFromTree(app, ALL_TYPES);
  let compared = 0;
  for (const view of model.stacks) {
    const s = view.path === stack.node.path ? stack : other;
    const template = assembly.getStackByName(s.stackName).template as { Resources: Record<string, { Type: string; Properties?: unknown }> };
    for (const [path, resource] of view.resources) {
      const element = s.node.findAll().find(c => c.node.path === path) as CfnResource;
      const logicalId = s.resolve(element.logicalId) as string;
      const expected = template.Resources[logicalId];
      // Construct paths in the model stand where the template has logical ids.
      const withRealIds = JSON.parse(JSON.stringify({ Type: resource.Type, Properties: resource.Properties }, (_key, value: unknown) => {
        if (typeof value !== 'string' || !value.startsWith(`${s.node.path}/`)) return value;
        const target = s.node.findAll().find(c => c.node.path === value) as CfnResource | undefined;
        return target ? s.resolve(target.logicalId) : value;
      }));
      expect(withRealIds).toEqual({ Type: expected.Type, Properties: expected.Properties });
      compared++;
    }
  }
  expect(compared).toBeGreaterThanOrEqual(10);
  const emptiedView = model.ofType('AWS::SQS::Queue').find(r => r.path === emptied.node.path)!;
  expect(emptiedView.properties).toEqual({});
});
