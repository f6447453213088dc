import { App, CfnElement, CfnResource, type IResolvable, Lazy, Reference, Stack, Tokenization } from 'aws-cdk-lib';
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
  function resolveWith(scope: Stack, value: unknown, elementIds: ReadonlyMap<IConstruct, string>, logicalIds?: Map<IResolvable, string>): unknown {
    return Tokenization.resolve(value, { scope, resolver: new ModelTokenResolver(logicalIds ?? new Map(), elementIds), preparing: false });
  }

  function logicalIdToken(element: CfnElement): IResolvable {
    return Tokenization.reverseString(element.logicalId).firstToken!;
  }

  test('a Ref or Fn::GetAtt of a modelled element resolves to the intrinsic with its id, as resolving its logical id gives', () => {
    const { stack, queue } = stackWithQueue();
    const value = { Ref: queue.ref, Arn: queue.attrArn, Joined: `${queue.attrQueueName}-suffix` };
    const expected = { Ref: { Ref: 'Q' }, Arn: { 'Fn::GetAtt': ['Q', 'Arn'] }, Joined: { 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Q', 'QueueName'] }, '-suffix']] } };
    // Through the logical id token (the general path) and through the element (the shortcut).
    expect(resolveWith(stack, value, new Map(), new Map([[logicalIdToken(queue), 'Q']]))).toEqual(expected);
    expect(resolveWith(stack, value, new Map([[queue, 'Q']]))).toEqual(expected);
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
    const real = stack.resolve(queue.logicalId);
    expect(resolveWith(stack, sub, ids)).toEqual({ 'Fn::Sub': `\${${real}.Arn}` });
    expect(resolveWith(stack, list, ids)).toEqual({ 'Fn::GetAtt': [real, 'Arn', 'extra'] });
    expect(resolveWith(stack, new SubReference({ Ref: 'Literal' }, queue, 'Ref'), ids)).toEqual({ Ref: 'Literal' });
  });
});
