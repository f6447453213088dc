import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { rawMapping, rawSqsMapping, tokenNumber, tokenString } from './fixtures';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  return { app, stack, fn };
}

/** An L2 mapping whose L1 is then overridden. */
function overridden(stack: ReturnType<typeof setup>['stack'], fn: lambda.IFunction, queue: sqs.IQueue, path: string, value: unknown) {
  const mapping = new lambda.EventSourceMapping(stack, 'L2', { target: fn, eventSourceArn: queue.queueArn, reportBatchItemFailures: true });
  (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride(path, value);
}

describe('SqsBatchSize', () => {
  const RULE = 'SqsBatchSize';
  test('rejects 10,001 on a standard queue and 11 on a FIFO queue', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Std', fn, { batchSize: 10_001, maximumBatchingWindowInSeconds: 1 });
    rawSqsMapping(stack, 'Fifo', fn, { batchSize: 11 }, { fifo: true });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/Fifo', '/S/Std']);
    expect(found.find(f => f.path === '/S/Fifo')!.message).toContain('from 1 to 10 for a FIFO queue');
    expect(found.find(f => f.path === '/S/Std')!.message).toContain('from 1 to 10,000 for a standard queue');
  });
  test('rejects 11 on a FIFO queue known only by its ARN', () => {
    const { app, stack, fn } = setup();
    rawMapping(stack, 'M', fn, 'arn:aws:sqs:eu-west-1:123456789012:orders.fifo', { batchSize: 11 });
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
  test('accepts the edges 10,000 (standard) and 10 (FIFO)', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Std', fn, { batchSize: 10_000, maximumBatchingWindowInSeconds: 1 });
    rawSqsMapping(stack, 'Fifo', fn, { batchSize: 10 }, { fifo: true });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('skips a token', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'M', fn, { batchSize: tokenNumber(stack, 'B') }, { fifo: true });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 mapping', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q', { fifo: true }), 'BatchSize', 50);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/L2/Resource']);
  });
});

describe('SqsBatchSizeWithoutWindow', () => {
  const RULE = 'SqsBatchSizeWithoutWindow';
  test('rejects a batch size of 11 without a batching window, and with a 0 s window', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'NoWindow', fn, { batchSize: 11 });
    rawSqsMapping(stack, 'ZeroWindow', fn, { batchSize: 100, maximumBatchingWindowInSeconds: 0 });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/NoWindow', '/S/ZeroWindow']);
    expect(found[0].message).toContain('MaximumBatchingWindowInSeconds is not set, with BatchSize 11');
  });
  test('accepts 10 without a window and 11 with a 1 s window', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Ten', fn, { batchSize: 10 });
    fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q'), { batchSize: 11, maxBatchingWindow: Duration.seconds(1), reportBatchItemFailures: true }));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('skips a token window', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'M', fn, { batchSize: 100, maximumBatchingWindowInSeconds: tokenNumber(stack, 'W') });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape hatch that removes the window', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q'), { batchSize: 100, maxBatchingWindow: Duration.seconds(2) }));
    const mapping = fn.node.findAll().find((c): c is lambda.CfnEventSourceMapping => c instanceof lambda.CfnEventSourceMapping)!;
    mapping.addPropertyDeletionOverride('MaximumBatchingWindowInSeconds');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsBatchingWindow', () => {
  const RULE = 'SqsBatchingWindow';
  test('rejects 301 s, accepts 300 s, skips a token', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Over', fn, { maximumBatchingWindowInSeconds: 301 });
    rawSqsMapping(stack, 'Edge', fn, { maximumBatchingWindowInSeconds: 300 });
    rawSqsMapping(stack, 'Token', fn, { maximumBatchingWindowInSeconds: tokenNumber(stack, 'W') });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Over']);
    expect(found[0].message).toContain('from 0 to 300 s');
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q'), 'MaximumBatchingWindowInSeconds', -1);
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsFifoBatchingWindow', () => {
  const RULE = 'SqsFifoBatchingWindow';
  test('rejects a window on a FIFO queue, accepts 0 and a standard queue, skips a token', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Fifo', fn, { maximumBatchingWindowInSeconds: 1 }, { fifo: true });
    rawSqsMapping(stack, 'Zero', fn, { maximumBatchingWindowInSeconds: 0 }, { fifo: true });
    rawSqsMapping(stack, 'Std', fn, { maximumBatchingWindowInSeconds: 1 });
    rawSqsMapping(stack, 'Token', fn, { maximumBatchingWindowInSeconds: tokenNumber(stack, 'W') }, { fifo: true });
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fifo']);
  });
  test('judges an escape-hatch override of an L2 mapping', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q', { fifo: true }), 'MaximumBatchingWindowInSeconds', 5);
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsMaximumConcurrency', () => {
  const RULE = 'SqsMaximumConcurrency';
  test('rejects 1 and 1,001, accepts 2 and 1,000, skips a token', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Low', fn, { scalingConfig: { maximumConcurrency: 1 } });
    rawSqsMapping(stack, 'High', fn, { scalingConfig: { maximumConcurrency: 1001 } });
    rawSqsMapping(stack, 'Min', fn, { scalingConfig: { maximumConcurrency: 2 } });
    rawSqsMapping(stack, 'Max', fn, { scalingConfig: { maximumConcurrency: 1000 } });
    rawSqsMapping(stack, 'Token', fn, { scalingConfig: { maximumConcurrency: tokenNumber(stack, 'C') } });
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/High', '/S/Low']);
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q'), 'ScalingConfig.MaximumConcurrency', 5000);
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsProvisionedPollers', () => {
  const RULE = 'SqsProvisionedPollers';
  test('rejects pollers outside 2-200 / 2-2,000 and minimum above maximum', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'MinLow', fn, { provisionedPollerConfig: { minimumPollers: 1, maximumPollers: 10 } });
    rawSqsMapping(stack, 'MaxHigh', fn, { provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 2001 } });
    rawSqsMapping(stack, 'Crossed', fn, { provisionedPollerConfig: { minimumPollers: 50, maximumPollers: 20 } });
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Crossed', '/S/MaxHigh', '/S/MinLow']);
  });
  test('accepts the edges 2/200 and 2/2,000, skips tokens', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'A', fn, { provisionedPollerConfig: { minimumPollers: 2, maximumPollers: 2000 } });
    rawSqsMapping(stack, 'B', fn, { provisionedPollerConfig: { minimumPollers: 200, maximumPollers: 200 } });
    rawSqsMapping(stack, 'T', fn, { provisionedPollerConfig: { minimumPollers: tokenNumber(stack, 'P'), maximumPollers: 2 } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q'), 'ProvisionedPollerConfig', { MinimumPollers: 300 });
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsStartingPosition', () => {
  const RULE = 'SqsStartingPosition';
  test('rejects a starting position on an SQS mapping, accepts none', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Bad', fn, { startingPosition: 'LATEST' });
    rawSqsMapping(stack, 'Good', fn);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Bad']);
  });
  test('skips a mapping whose source ARN is a token', () => {
    const { app, stack, fn } = setup();
    rawMapping(stack, 'M', fn, tokenString(stack, 'Arn'), { startingPosition: 'LATEST' });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q'), 'StartingPosition', 'TRIM_HORIZON');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('SqsReportBatchItemFailures', () => {
  const RULE = 'SqsReportBatchItemFailures';
  test('warns on an SQS event source without ReportBatchItemFailures', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q')));
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].level).toBe('warning');
    expect(found[0].message).toContain('FunctionResponseTypes is not set');
  });
  test('accepts reportBatchItemFailures, skips a token', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q'), { reportBatchItemFailures: true }));
    rawSqsMapping(stack, 'T', fn, { functionResponseTypes: [tokenString(stack, 'Types')] });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape hatch that removes it', () => {
    const { app, stack, fn } = setup();
    overridden(stack, fn, new sqs.Queue(stack, 'Q'), 'FunctionResponseTypes', []);
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
