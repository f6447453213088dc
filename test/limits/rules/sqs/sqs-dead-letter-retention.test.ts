import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { tokenNumber } from './fixtures';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SqsDeadLetterRetention';

function pair(stack: ReturnType<typeof envStack>, sourceDays: number | undefined, dlqDays: number | undefined, dlqStack = stack) {
  const dlq = new sqs.Queue(dlqStack, 'Dlq', { retentionPeriod: dlqDays === undefined ? undefined : Duration.days(dlqDays) });
  return new sqs.Queue(stack, 'Source', {
    retentionPeriod: sourceDays === undefined ? undefined : Duration.days(sourceDays),
    deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
  });
}

test('warns when the DLQ keeps messages for less time than the source', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  pair(stack, 14, 1);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].path).toBe('/S/Source/Resource');
  expect(found[0].message).toContain('queue S/Dlq/Resource with MessageRetentionPeriod 86400 s');
  expect(found[0].message).toContain('longer than this queue\'s MessageRetentionPeriod, 1209600 s');
});

test('warns when both keep the 4-day default (equal is not longer)', () => {
  const app = checkedApp();
  pair(envStack(app, 'S'), undefined, undefined);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('345600 s (the default)');
});

test('accepts a DLQ that keeps messages one second longer', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const dlq = new sqs.Queue(stack, 'Dlq', { retentionPeriod: Duration.seconds(345_601) });
  new sqs.Queue(stack, 'Source', { deadLetterQueue: { queue: dlq, maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('ignores FIFO queues (a moved message gets a new timestamp) and skips tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fifoDlq = new sqs.Queue(stack, 'FifoDlq', { fifo: true, retentionPeriod: Duration.days(1) });
  new sqs.Queue(stack, 'FifoSource', { fifo: true, retentionPeriod: Duration.days(14), deadLetterQueue: { queue: fifoDlq, maxReceiveCount: 5 } });
  const tokenDlq = new sqs.Queue(stack, 'TokenDlq', { retentionPeriod: Duration.seconds(tokenNumber(stack, 'R')) });
  new sqs.Queue(stack, 'TokenSource', { deadLetterQueue: { queue: tokenDlq, maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override and raw L1 queues', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const source = pair(stack, 1, 14);
  (source.node.defaultChild as sqs.CfnQueue).addPropertyOverride('MessageRetentionPeriod', 1_209_600);
  const rawDlq = new sqs.CfnQueue(stack, 'RawDlq', { messageRetentionPeriod: 600 });
  new sqs.CfnQueue(stack, 'RawSource', { messageRetentionPeriod: 600, redrivePolicy: { deadLetterTargetArn: rawDlq.attrArn, maxReceiveCount: 5 } });
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/RawSource', '/S/Source/Resource']);
});

test('follows a DLQ in another stack; nothing for an imported DLQ', () => {
  const app = checkedApp();
  const a = envStack(app, 'A');
  const b = envStack(app, 'B');
  pair(b, 14, 2, a);
  new sqs.Queue(b, 'ImportedDlqSource', {
    retentionPeriod: Duration.days(14),
    deadLetterQueue: { queue: sqs.Queue.fromQueueArn(b, 'Imported', 'arn:aws:sqs:eu-west-1:123456789012:dlq'), maxReceiveCount: 5 },
  });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/B/Source/Resource']);
});
