import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { tokenNumber } from './fixtures';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'SqsMaxReceiveCount';

function consumedQueue(stack: ReturnType<typeof envStack>, id: string, maxReceiveCount: number) {
  const dlq = new sqs.Queue(stack, `${id}Dlq`, { retentionPeriod: Duration.days(14) });
  return new sqs.Queue(stack, id, { deadLetterQueue: { queue: dlq, maxReceiveCount } });
}

test('warns on a Lambda-consumed queue with maxReceiveCount 4, once however many consumers', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const queue = consumedQueue(stack, 'Queue', 4);
  nodeFunction(stack, 'Fn').addEventSource(new SqsEventSource(queue));
  nodeFunction(stack, 'Fn2').addEventSource(new SqsEventSource(queue));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].path).toBe('/S/Queue/Resource');
  expect(found[0].message).toContain('RedrivePolicy.maxReceiveCount is 4');
});

test('accepts 5, and any count on a queue no Lambda mapping consumes', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn').addEventSource(new SqsEventSource(consumedQueue(stack, 'Five', 5)));
  consumedQueue(stack, 'Unconsumed', 1);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a token count', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn').addEventSource(new SqsEventSource(consumedQueue(stack, 'Queue', tokenNumber(stack, 'N'))));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override and a raw L1 queue', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const queue = consumedQueue(stack, 'Queue', 10);
  (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('RedrivePolicy.maxReceiveCount', 2);
  const raw = new sqs.CfnQueue(stack, 'Raw', { redrivePolicy: { deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq', maxReceiveCount: 1 } });
  const fn = nodeFunction(stack, 'Fn');
  fn.addEventSource(new SqsEventSource(queue));
  fn.addEventSource(new SqsEventSource(sqs.Queue.fromQueueArn(stack, 'RawRef', raw.attrArn)));
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Queue/Resource', '/S/Raw']);
});

test('sees a consumer in another stack', () => {
  const app = checkedApp();
  const a = envStack(app, 'A');
  const b = envStack(app, 'B');
  nodeFunction(b, 'Fn').addEventSource(new SqsEventSource(consumedQueue(a, 'Queue', 3)));
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/A/Queue/Resource']);
});
