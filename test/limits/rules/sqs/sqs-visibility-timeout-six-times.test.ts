import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { rawMapping, tokenNumber } from './fixtures';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'SqsVisibilityTimeoutSixTimes';

test('warns below 6x the function timeout plus the batching window', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(64) }), {
    maxBatchingWindow: Duration.seconds(5),
  }));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('VisibilityTimeout 64 s');
  expect(found[0].message).toContain('at least 65 s');
  expect(findingsOf(app, 'SqsVisibilityTimeout')).toHaveLength(0);
});

test('accepts exactly 6x the timeout plus the window', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(65) }), {
    maxBatchingWindow: Duration.seconds(5),
  }));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('leaves a queue below the function timeout to SqsVisibilityTimeout', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(60) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(30) })));
  expect(findingsOf(app, RULE)).toHaveLength(0);
  expect(findingsOf(app, 'SqsVisibilityTimeout')).toHaveLength(1);
});

test('skips a batching window or a visibility timeout that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  rawMapping(stack, 'M1', fn, new sqs.Queue(stack, 'Q1', { visibilityTimeout: Duration.seconds(30) }).queueArn, {
    maximumBatchingWindowInSeconds: tokenNumber(stack, 'Window'),
  });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q2', { visibilityTimeout: Duration.seconds(tokenNumber(stack, 'Vis')) })));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of the queue and a raw L1 queue', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(10) });
  const queue = new sqs.Queue(stack, 'Queue', { visibilityTimeout: Duration.seconds(600) });
  (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('VisibilityTimeout', 59);
  fn.addEventSource(new SqsEventSource(queue));
  rawMapping(stack, 'Raw', fn, new sqs.CfnQueue(stack, 'RawQueue', { visibilityTimeout: 20 }).attrArn);
  expect(findingsOf(app, RULE)).toHaveLength(2);
});

test('follows a queue in one stack to the consumer in another; nothing for an imported queue', () => {
  const app = checkedApp();
  const a = envStack(app, 'A');
  const b = envStack(app, 'B');
  const fn = nodeFunction(b, 'Fn', { timeout: Duration.seconds(10) });
  fn.addEventSource(new SqsEventSource(new sqs.Queue(a, 'Queue', { visibilityTimeout: Duration.seconds(30) })));
  fn.addEventSource(new SqsEventSource(sqs.Queue.fromQueueArn(b, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:orders')));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toMatch(/^\/B\/Fn\/SqsEventSource:A/);
  expect(found[0].message).toContain('queue A/Queue/Resource');
});
