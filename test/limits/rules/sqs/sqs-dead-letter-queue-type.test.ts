import * as sqs from 'aws-cdk-lib/aws-sqs';
import { tokenString } from './fixtures';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SqsDeadLetterQueueType';

test('rejects a FIFO queue with a standard DLQ and a standard queue with a FIFO DLQ', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new sqs.Queue(stack, 'FifoSource', { fifo: true, deadLetterQueue: { queue: new sqs.Queue(stack, 'StdDlq'), maxReceiveCount: 5 } });
  new sqs.Queue(stack, 'StdSource', { deadLetterQueue: { queue: new sqs.Queue(stack, 'FifoDlq', { fifo: true }), maxReceiveCount: 5 } });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path).sort()).toEqual(['/S/FifoSource/Resource', '/S/StdSource/Resource']);
  expect(found.every(f => f.level === 'error')).toBe(true);
  expect(found.find(f => f.path === '/S/FifoSource/Resource')!.message)
    .toContain('standard queue S/StdDlq/Resource for a FIFO source queue; the limit is a FIFO dead-letter queue');
});

test('accepts matching types', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new sqs.Queue(stack, 'FifoSource', { fifo: true, deadLetterQueue: { queue: new sqs.Queue(stack, 'FifoDlq', { fifo: true }), maxReceiveCount: 5 } });
  new sqs.Queue(stack, 'StdSource', { deadLetterQueue: { queue: new sqs.Queue(stack, 'StdDlq'), maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a FifoQueue flag or DLQ ARN that is a token; nothing for an imported DLQ of the right type', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new sqs.CfnQueue(stack, 'TokenFlag', {
    fifoQueue: tokenString(stack, 'Fifo') as unknown as boolean,
    redrivePolicy: { deadLetterTargetArn: new sqs.Queue(stack, 'Dlq').queueArn, maxReceiveCount: 5 },
  });
  new sqs.Queue(stack, 'TokenArn', { fifo: true, deadLetterQueue: { queue: sqs.Queue.fromQueueArn(stack, 'I1', tokenString(stack, 'Arn')), maxReceiveCount: 5 } });
  new sqs.Queue(stack, 'Imported', { deadLetterQueue: { queue: sqs.Queue.fromQueueArn(stack, 'I2', 'arn:aws:sqs:eu-west-1:123456789012:dlq'), maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('reads the type from an imported DLQ\'s literal .fifo ARN', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new sqs.Queue(stack, 'Source', { deadLetterQueue: { queue: sqs.Queue.fromQueueArn(stack, 'I', 'arn:aws:sqs:eu-west-1:123456789012:dlq.fifo'), maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Source/Resource']);
});

test('judges an escape-hatch override and a raw L1 queue', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const source = new sqs.Queue(stack, 'Source', { deadLetterQueue: { queue: new sqs.Queue(stack, 'Dlq'), maxReceiveCount: 5 } });
  (source.node.defaultChild as sqs.CfnQueue).addPropertyOverride('FifoQueue', true);
  const dlq = new sqs.CfnQueue(stack, 'RawDlq', { fifoQueue: true });
  new sqs.CfnQueue(stack, 'RawSource', { redrivePolicy: { deadLetterTargetArn: dlq.attrArn, maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/RawSource', '/S/Source/Resource']);
});

test('follows a DLQ in another stack, and reports once on the source queue', () => {
  const app = checkedApp();
  const a = envStack(app, 'A');
  const b = envStack(app, 'B');
  const dlq = new sqs.Queue(a, 'Dlq');
  new sqs.Queue(b, 'Source', { fifo: true, deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/B/Source/Resource']);
});
