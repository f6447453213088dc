import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { tokenNumber } from './fixtures';
import { checkedApp, envStack, findingsOf } from '../../helpers';

function setup() {
  const app = checkedApp();
  return { app, stack: envStack(app, 'S') };
}

interface RangeCase {
  readonly rule: string;
  readonly prop: keyof sqs.CfnQueueProps;
  readonly cfn: string;
  readonly over: number;
  readonly under?: number;
  readonly edges: readonly number[];
  readonly l2: sqs.QueueProps;
}

const RANGES: readonly RangeCase[] = [
  { rule: 'SqsMessageRetentionPeriod', prop: 'messageRetentionPeriod', cfn: 'MessageRetentionPeriod', over: 1_209_601, under: 59, edges: [60, 1_209_600], l2: { retentionPeriod: Duration.days(1) } },
  { rule: 'SqsQueueVisibilityTimeoutRange', prop: 'visibilityTimeout', cfn: 'VisibilityTimeout', over: 43_201, under: -1, edges: [0, 43_200], l2: { visibilityTimeout: Duration.seconds(30) } },
  { rule: 'SqsDelaySeconds', prop: 'delaySeconds', cfn: 'DelaySeconds', over: 901, under: -1, edges: [0, 900], l2: { deliveryDelay: Duration.seconds(1) } },
  { rule: 'SqsReceiveMessageWaitTime', prop: 'receiveMessageWaitTimeSeconds', cfn: 'ReceiveMessageWaitTimeSeconds', over: 21, under: -1, edges: [0, 20], l2: { receiveMessageWaitTime: Duration.seconds(1) } },
  { rule: 'SqsMaximumMessageSize', prop: 'maximumMessageSize', cfn: 'MaximumMessageSize', over: 1_048_577, under: 1023, edges: [1024, 1_048_576], l2: { maxMessageSizeBytes: 2048 } },
];

describe.each(RANGES)('$rule', ({ rule, prop, cfn, over, under, edges, l2 }) => {
  test(`rejects ${over}${under === undefined ? '' : ` and ${under}`} on a raw L1 queue`, () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'Over', { [prop]: over });
    if (under !== undefined) new sqs.CfnQueue(stack, 'Under', { [prop]: under });
    const found = findingsOf(app, rule);
    expect(found.map(f => f.path).sort()).toEqual(under === undefined ? ['/S/Over'] : ['/S/Over', '/S/Under']);
    expect(found[0].level).toBe('error');
    expect(found.find(f => f.path === '/S/Over')!.message).toContain(`${cfn} is ${over}`);
  });
  test(`accepts the edges ${edges.join(' and ')}`, () => {
    const { app, stack } = setup();
    edges.forEach((value, i) => new sqs.CfnQueue(stack, `Edge${i}`, { [prop]: value }));
    expect(findingsOf(app, rule)).toHaveLength(0);
  });
  test('skips a token', () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'Token', { [prop]: tokenNumber(stack, 'P') });
    expect(findingsOf(app, rule)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 queue', () => {
    const { app, stack } = setup();
    const queue = new sqs.Queue(stack, 'Q', l2);
    (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride(cfn, over);
    expect(findingsOf(app, rule).map(f => f.path)).toEqual(['/S/Q/Resource']);
  });
});

describe('SqsMaxReceiveCountRange', () => {
  const RULE = 'SqsMaxReceiveCountRange';
  const dlq = (stack: ReturnType<typeof setup>['stack']) => new sqs.Queue(stack, 'Dlq', { retentionPeriod: Duration.days(14) });
  test('rejects 0 and 1,001, accepts 1 and 1,000, skips a token', () => {
    const { app, stack } = setup();
    const target = dlq(stack).queueArn;
    new sqs.CfnQueue(stack, 'Zero', { redrivePolicy: { deadLetterTargetArn: target, maxReceiveCount: 0 } });
    new sqs.CfnQueue(stack, 'High', { redrivePolicy: { deadLetterTargetArn: target, maxReceiveCount: 1001 } });
    new sqs.CfnQueue(stack, 'One', { redrivePolicy: { deadLetterTargetArn: target, maxReceiveCount: 1 } });
    new sqs.CfnQueue(stack, 'Max', { redrivePolicy: { deadLetterTargetArn: target, maxReceiveCount: 1000 } });
    new sqs.CfnQueue(stack, 'Token', { redrivePolicy: { deadLetterTargetArn: target, maxReceiveCount: tokenNumber(stack, 'N') } });
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/High', '/S/Zero']);
  });
  test('reads a redrive policy given as a JSON string, and an escape-hatch override', () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'Json').addPropertyOverride('RedrivePolicy',
      JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq', maxReceiveCount: 5000 }));
    const queue = new sqs.Queue(stack, 'Q', { deadLetterQueue: { queue: dlq(stack), maxReceiveCount: 5 } });
    (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('RedrivePolicy.maxReceiveCount', 0);
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Json', '/S/Q/Resource']);
  });
});

describe('SqsFifoQueueName', () => {
  const RULE = 'SqsFifoQueueName';
  test('rejects a FIFO queue without the suffix and a standard queue with it', () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'FifoNoSuffix', { fifoQueue: true, queueName: 'orders' });
    new sqs.CfnQueue(stack, 'StdSuffix', { queueName: 'orders.fifo' });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/FifoNoSuffix', '/S/StdSuffix']);
  });
  test('accepts matching names and a generated name, skips tokens', () => {
    const { app, stack } = setup();
    new sqs.Queue(stack, 'Fifo', { fifo: true, queueName: 'orders.fifo' });
    new sqs.Queue(stack, 'Std', { queueName: 'orders' });
    new sqs.Queue(stack, 'Generated', { fifo: true });
    new sqs.CfnQueue(stack, 'Token', { fifoQueue: true, queueName: new sqs.Queue(stack, 'Other').queueName });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 queue', () => {
    const { app, stack } = setup();
    const queue = new sqs.Queue(stack, 'Q', { fifo: true, queueName: 'orders.fifo' });
    (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('QueueName', 'orders');
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Q/Resource']);
  });
});

describe('SqsRedriveAllowPolicy', () => {
  const RULE = 'SqsRedriveAllowPolicy';
  const arns = (n: number) => Array.from({ length: n }, (_, i) => `arn:aws:sqs:eu-west-1:123456789012:q${i}`);
  test('rejects byQueue with 0 or 11 sources, sources with allowAll, and an unknown permission', () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'None', { redriveAllowPolicy: { redrivePermission: 'byQueue' } });
    new sqs.CfnQueue(stack, 'Eleven', { redriveAllowPolicy: { redrivePermission: 'byQueue', sourceQueueArns: arns(11) } });
    new sqs.CfnQueue(stack, 'AllowAll', { redriveAllowPolicy: { redrivePermission: 'allowAll', sourceQueueArns: arns(1) } });
    new sqs.CfnQueue(stack, 'Unknown').addPropertyOverride('RedriveAllowPolicy', JSON.stringify({ redrivePermission: 'someQueues' }));
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/AllowAll', '/S/Eleven', '/S/None', '/S/Unknown']);
  });
  test('accepts byQueue with 1 and 10 sources and denyAll alone, skips a token list', () => {
    const { app, stack } = setup();
    new sqs.CfnQueue(stack, 'One', { redriveAllowPolicy: { redrivePermission: 'byQueue', sourceQueueArns: arns(1) } });
    new sqs.CfnQueue(stack, 'Ten', { redriveAllowPolicy: { redrivePermission: 'byQueue', sourceQueueArns: arns(10) } });
    new sqs.CfnQueue(stack, 'Deny', { redriveAllowPolicy: { redrivePermission: 'denyAll' } });
    new sqs.CfnQueue(stack, 'Token', { redriveAllowPolicy: { redrivePermission: 'byQueue', sourceQueueArns: { 'Fn::Split': [',', 'a,b'] } } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 queue', () => {
    const { app, stack } = setup();
    const source = new sqs.Queue(stack, 'Source');
    const queue = new sqs.Queue(stack, 'Q', { redriveAllowPolicy: { redrivePermission: sqs.RedrivePermission.BY_QUEUE, sourceQueues: [source] } });
    (queue.node.defaultChild as sqs.CfnQueue).addPropertyOverride('RedriveAllowPolicy.sourceQueueArns', arns(12));
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Q/Resource']);
  });
});
