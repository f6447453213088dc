import { Aspects, Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { rawMapping, tokenNumber } from './fixtures';
import { LambdaLimitChecks } from '../../../../src';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'SqsVisibilityTimeout';

test('rejects a queue whose visibility timeout is below the consuming function\'s timeout, on the mapping', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(30) });
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  fn.addEventSource(new SqsEventSource(queue));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toMatch(/^\/S\/Fn\/SqsEventSource:.*\/Resource$/);
  expect(found[0].message).toContain('queue S/Queue/Resource with VisibilityTimeout 30 s');
  expect(found[0].message).toContain('at least the Timeout of function S/Fn/Resource, 60 s');
  expect(found[0].message).toContain('https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html');
});

test('uses the 30 s SQS default when the queue sets no visibility timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(31) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue')));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('30 s (the default)');
});

test('accepts a visibility timeout equal to the function timeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(60) })));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a visibility timeout or a function timeout that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(tokenNumber(stack, 'Vis')) })));
  const fn2 = nodeFunction(stack, 'Fn2', { timeout: Duration.seconds(tokenNumber(stack, 'Timeout')) });
  fn2.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue2')));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges escape hatches and raw L1 resources', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(120) });
  (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('VisibilityTimeout', 10);
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(20) });
  fn.addEventSource(new SqsEventSource(queue));
  const rawQueue = new sqs.CfnQueue(stack, 'RawQueue', { visibilityTimeout: 5 });
  rawMapping(stack, 'RawMapping', fn, rawQueue.attrArn);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(2);
  expect(found.map(f => f.path)).toContain('/S/RawMapping');
  expect(found.find(f => f.path !== '/S/RawMapping')!.path).toMatch(/^\/S\/Fn\/SqsEventSource:/);
});

test('follows a mapping to an alias and a version of the function', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
  alias.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue')));
  rawMapping(stack, 'ByVersion', fn.currentVersion, new sqs.Queue(stack, 'Queue2').queueArn);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(2);
  expect(found.every(f => f.message.includes('function S/Fn/Resource, 60 s'))).toBe(true);
});

test('follows a queue in one stack to a function and mapping in another, and reports once', () => {
  const app = checkedApp();
  const a = envStack(app, 'A');
  const b = envStack(app, 'B');
  Aspects.of(b).add(new LambdaLimitChecks());
  const queue = new sqs.Queue(a, 'Queue', { visibilityTimeout: Duration.seconds(30) });
  const fn = nodeFunction(b, 'Fn', { timeout: Duration.seconds(90) });
  fn.addEventSource(new SqsEventSource(queue));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toMatch(/^\/B\/Fn\/SqsEventSource:/);
  expect(found[0].message).toContain('queue A/Queue/Resource');
});

test('finds a mapping that names the function by a literal name', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn', { functionName: 'orders', timeout: Duration.seconds(60) });
  new lambda.CfnEventSourceMapping(stack, 'ByName', {
    functionName: 'orders',
    eventSourceArn: new sqs.Queue(stack, 'Queue').queueArn,
  });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/ByName']);
});

test('reports nothing for an imported queue, whose visibility timeout is unknown', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(600) });
  fn.addEventSource(new SqsEventSource(sqs.Queue.fromQueueArn(stack, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:orders')));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
