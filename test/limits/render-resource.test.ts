import { App, CfnCondition, type CfnElement, CfnMapping, CfnOutput, CfnParameter, CfnResource, CfnRule, Fn, Lazy, NestedStack, Reference, Stack, Tokenization } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { IConstruct } from 'constructs';
import { ModelTokenResolver } from '../../src/limits/model-token-resolver';
import { mergeOverrides, renderResource } from '../../src/limits/render-resource';

const resolver = new ModelTokenResolver(new Map());

function stackWithQueue(): { stack: Stack; queue: sqs.CfnQueue } {
  const stack = new Stack(new App(), 'S');
  return { stack, queue: new sqs.CfnQueue(stack, 'Queue', { delaySeconds: 5, visibilityTimeout: 60 }) };
}

test('renders CloudFormation property names, with overrides merged', () => {
  const { stack, queue } = stackWithQueue();
  queue.addPropertyOverride('VisibilityTimeout', 120);
  expect(renderResource(queue, stack, resolver)).toEqual({ Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: 5, VisibilityTimeout: 120 } });
});

test('a resource that is not synthesized is not rendered', () => {
  class Skipped extends CfnResource {
    protected shouldSynthesize(): boolean {
      return false;
    }
  }
  const stack = new Stack(new App(), 'S');
  expect(renderResource(new Skipped(stack, 'R', { type: 'AWS::SQS::Queue' }), stack, resolver)).toBeUndefined();
});

test('falls back to the whole rendering when an element lacks the members it composes', () => {
  const { stack, queue } = stackWithQueue();
  queue.addPropertyOverride('VisibilityTimeout', 120);
  // A future aws-cdk-lib without one of the protected members: the whole rendering still works.
  const withoutProperties = new Proxy(queue, { has: (target, key) => key !== 'cfnProperties' && key in target });
  expect(renderResource(withoutProperties, stack, resolver)).toEqual({
    Type: 'AWS::SQS::Queue', Properties: { DelaySeconds: 5, VisibilityTimeout: 120 },
  });
});

test('an error while rendering names the resource, as synthesis does', () => {
  const { stack, queue } = stackWithQueue();
  queue.delaySeconds = Lazy.number({ produce: () => { throw new Error('no value yet'); } });
  expect(() => renderResource(queue, stack, resolver)).toThrow(/While synthesizing S\/Queue: .*no value yet/);
});

describe('mergeOverrides', () => {
  test('merges objects, deletes undefined, replaces scalars and arrays', () => {
    const target: Record<string, unknown> = { A: { B: 1, C: 2 }, D: [1, 2], E: 'x' };
    mergeOverrides(target, { A: { C: undefined, F: 3 }, D: [3], E: 'y' });
    expect(target).toEqual({ A: { B: 1, F: 3 }, D: [3], E: 'y' });
  });

  test('overrides one array element by index', () => {
    const target: Record<string, unknown> = { Layers: ['a', 'b'] };
    mergeOverrides(target, { Layers: { 1: 'c' } });
    expect(target).toEqual({ Layers: ['a', 'c'] });
  });

  test('an intrinsic on either side is replaced, not merged', () => {
    const target: Record<string, unknown> = { A: { Ref: 'X' }, B: { K: 1 } };
    mergeOverrides(target, { A: { K: 1 }, B: { 'Fn::GetAtt': ['Y', 'Arn'] } });
    expect(target).toEqual({ A: { K: 1 }, B: { 'Fn::GetAtt': ['Y', 'Arn'] } });
  });

  test('an object emptied by deletions is removed; unsafe keys are ignored', () => {
    const target: Record<string, unknown> = { A: { B: 1 }, C: 1 };
    mergeOverrides(target, JSON.parse('{"A":{"B":null},"__proto__":{"polluted":true}}'));
    mergeOverrides(target, { A: { B: undefined } });
    expect(target).toEqual({ C: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ModelTokenResolver lists', () => {
  test('resolves an encoded list token', () => {
    const stack = new Stack(new App(), 'S');
    const list = Lazy.list({ produce: () => ['a', 'b'] });
    expect(Tokenization.resolve(list, { scope: stack, resolver, preparing: false })).toEqual(['a', 'b']);
  });

  test('a list token with elements added is rejected as aws-cdk-lib rejects it', () => {
    const stack = new Stack(new App(), 'S');
    const list = Lazy.list({ produce: () => ['a'] });
    expect(() => Tokenization.resolve(['x', ...list], { scope: stack, resolver, preparing: false })).toThrow(/Cannot add elements to list token/);
  });
});

describe('ModelTokenResolver references', () => {
  function resolveWith(scope: Stack, value: unknown, elementIds: ReadonlyMap<IConstruct, string>): unknown {
    return Tokenization.resolve(value, { scope, resolver: new ModelTokenResolver(elementIds), preparing: false });
  }

  test('a Ref or Fn::GetAtt of a modelled element resolves to the intrinsic with its id, as resolving its logical id gives', () => {
    const { stack, queue } = stackWithQueue();
    const ids = new Map<IConstruct, string>([[queue, 'Q']]);
    const value = { Ref: queue.ref, Arn: queue.attrArn, Joined: `${queue.attrQueueName}-suffix` };
    const expected = { Ref: { Ref: 'Q' }, Arn: { 'Fn::GetAtt': ['Q', 'Arn'] }, Joined: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Q', 'QueueName'] }, '-suffix']] } };
    // Through the element (the shortcut), and through its logical id as an escape hatch writes it (the general path).
    expect(resolveWith(stack, value, ids)).toEqual(expected);
    const written = {
      Ref: { Ref: queue.logicalId },
      Arn: { 'Fn::GetAtt': [queue.logicalId, 'Arn'] },
      Joined: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [queue.logicalId, 'QueueName'] }, '-suffix']] },
    };
    expect(resolveWith(stack, written, ids)).toEqual(expected);
  });

  test('an L2 attribute that forwards to its L1 attribute resolves to the L1 intrinsic with the id; across accounts as before', () => {
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'eu-west-1' } });
    const queue = new sqs.Queue(stack, 'Queue');
    const cfnQueue = queue.node.defaultChild as sqs.CfnQueue;
    const ids = new Map<IConstruct, string>([[cfnQueue, 'Q']]);
    expect(resolveWith(stack, { Arn: queue.queueArn, Name: queue.queueName }, ids)).toEqual({
      Arn: { 'Fn::GetAtt': ['Q', 'Arn'] }, Name: { 'Fn::GetAtt': ['Q', 'QueueName'] },
    });
    // Consumed from another account, the L2 writes the ARN from the queue's physical name instead.
    const elsewhere = new Stack(app, 'Elsewhere', { env: { account: '222222222222', region: 'eu-west-1' } });
    const named = new sqs.Queue(stack, 'Named', { queueName: 'named' });
    const cfnNamed = named.node.defaultChild as sqs.CfnQueue;
    expect(resolveWith(elsewhere, named.queueArn, new Map([[cfnNamed, 'N']]))).toEqual(elsewhere.resolve(named.queueArn));
  });

  test('the logical ids are looked up only when a token that may be one is resolved', () => {
    const { stack, queue } = stackWithQueue();
    const ids = new Map<IConstruct, string>([[queue, 'Q'], [new sqs.CfnQueue(stack, 'Other'), 'O']]);
    const reverse = jest.spyOn(Tokenization, 'reverseString');
    try {
      const lazyResolver = new ModelTokenResolver(ids);
      const resolve = (value: unknown) => Tokenization.resolve(value, { scope: stack, resolver: lazyResolver, preparing: false });
      // References only: no logical id is looked up.
      expect(resolve({ A: queue.attrArn, B: queue.ref })).toEqual({ A: { 'Fn::GetAtt': ['Q', 'Arn'] }, B: { Ref: 'Q' } });
      expect(reverse).not.toHaveBeenCalled();
      // A lazy string of the same kind as logical ids: one lookup to learn that kind, one per element.
      expect(resolve(Lazy.uncachedString({ produce: () => 'plain' }))).toBe('plain');
      expect(reverse).toHaveBeenCalledTimes(3);
      // Once: the logical ids are kept.
      expect(resolve({ Ref: queue.logicalId })).toEqual({ Ref: 'Q' });
      expect(reverse).toHaveBeenCalledTimes(3);
    } finally {
      reverse.mockRestore();
    }
  });

  test('every kind of CloudFormation element has the same kind of logical-id token (the resolver recognizes them by it)', () => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const elements: CfnElement[] = [
      new CfnResource(stack, 'Resource', { type: 'Custom::Thing' }),
      new sqs.CfnQueue(stack, 'Queue'),
      new CfnOutput(stack, 'Output', { value: 'x' }),
      new CfnParameter(stack, 'Parameter'),
      new CfnCondition(stack, 'Condition'),
      new CfnMapping(stack, 'Mapping', { mapping: { a: { b: 'c' } } }),
      new CfnRule(stack, 'Rule'),
      new NestedStack(stack, 'Nested').nestedStackResource!,
    ];
    const classes = new Set(elements.map(element => Tokenization.reverseString(element.logicalId).firstToken?.constructor));
    expect(classes.size).toBe(1);
    expect([...classes][0]).toBeDefined();
  });

  test('single-token strings resolve as aws-cdk-lib resolves them', () => {
    const { stack, queue } = stackWithQueue();
    const value = {
      Plain: Lazy.string({ produce: () => 'x' }),
      Number: Lazy.string({ produce: () => 5 as unknown as string }),
      Nested: Lazy.string({ produce: () => Lazy.string({ produce: () => 'inner' }) }),
      Empty: Lazy.string({ produce: () => undefined }),
      Import: Fn.importValue('Exported'),
      Arn: queue.attrArn,
    };
    expect(Tokenization.resolve(value, { scope: stack, resolver, preparing: false })).toEqual(stack.resolve(value));
  });

  test('references to elements without an id, and cross-stack references, resolve as before', () => {
    const app = new App();
    const producer = new Stack(app, 'Producer');
    const consumer = new Stack(app, 'Consumer');
    const queue = new sqs.CfnQueue(producer, 'Queue');
    const other = new sqs.CfnQueue(producer, 'Other');
    const user = new CfnResource(consumer, 'User', { type: 'Custom::User', properties: { Arn: queue.attrArn } });
    app.synth(); // prepares the app: the consumer's reference becomes an import
    const ids = new Map<IConstruct, string>([[queue, 'Q']]);
    expect(resolveWith(producer, other.ref, ids)).toEqual({ Ref: producer.resolve(other.logicalId) });
    const imported = resolveWith(consumer, (user as unknown as { _cfnProperties: Record<string, unknown> })._cfnProperties.Arn, ids);
    expect(imported).toEqual({ 'Fn::ImportValue': expect.stringContaining('Producer:ExportsOutputFnGetAttQueue') });
  });

  test('a reference whose value has another shape resolves as before', () => {
    const { stack, queue } = stackWithQueue();
    class SubReference extends Reference {}
    const sub = new SubReference({ 'Fn::Sub': `\${${queue.logicalId}.Arn}` }, queue, 'Arn');
    const list = new SubReference({ 'Fn::GetAtt': [queue.logicalId, 'Arn', 'extra'] }, queue, 'Arn');
    const ids = new Map<IConstruct, string>([[queue, 'Q']]);
    // Resolved through the general path: the logical id inside still becomes the element's id.
    expect(resolveWith(stack, sub, ids)).toEqual({ 'Fn::Sub': '${Q.Arn}' });
    expect(resolveWith(stack, list, ids)).toEqual({ 'Fn::GetAtt': ['Q', 'Arn', 'extra'] });
    expect(resolveWith(stack, new SubReference({ Ref: 'Literal' }, queue, 'Ref'), ids)).toEqual({ Ref: 'Literal' });
  });
});
