import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { rawKinesisMapping, rawSqsMapping, tokenNumber } from '../sqs/fixtures';

interface RangeCase {
  readonly rule: string;
  readonly prop: keyof lambda.CfnEventSourceMappingProps;
  readonly cfn: string;
  readonly bad: readonly number[];
  readonly good: readonly number[];
}

const RANGES: readonly RangeCase[] = [
  { rule: 'StreamBatchSize', prop: 'batchSize', cfn: 'BatchSize', bad: [0, 10_001], good: [1, 10_000] },
  { rule: 'StreamBatchingWindow', prop: 'maximumBatchingWindowInSeconds', cfn: 'MaximumBatchingWindowInSeconds', bad: [-1, 301], good: [0, 300] },
  { rule: 'StreamParallelizationFactor', prop: 'parallelizationFactor', cfn: 'ParallelizationFactor', bad: [0, 11], good: [1, 10] },
  { rule: 'StreamRetryAttempts', prop: 'maximumRetryAttempts', cfn: 'MaximumRetryAttempts', bad: [-2, 10_001], good: [-1, 0, 10_000] },
  { rule: 'StreamRecordAge', prop: 'maximumRecordAgeInSeconds', cfn: 'MaximumRecordAgeInSeconds', bad: [0, 59, 604_801], good: [-1, 60, 604_800] },
  { rule: 'StreamTumblingWindow', prop: 'tumblingWindowInSeconds', cfn: 'TumblingWindowInSeconds', bad: [-1, 901], good: [0, 900] },
];

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  return { app, stack, fn: nodeFunction(stack, 'Fn') };
}

describe.each(RANGES)('$rule', ({ rule, prop, cfn, bad, good }) => {
  test(`rejects ${bad.join(', ')} on a raw L1 Kinesis mapping`, () => {
    const { app, stack, fn } = setup();
    bad.forEach((value, i) => rawKinesisMapping(stack, `Bad${i}`, fn, { [prop]: value }));
    const found = findingsOf(app, rule);
    expect(found.map(f => f.path).sort()).toEqual(bad.map((_, i) => `/S/Bad${i}`));
    expect(found[0].level).toBe('error');
    expect(found[0].message).toContain(`${cfn} is ${bad[0]}`);
  });
  test(`accepts ${good.join(', ')}`, () => {
    const { app, stack, fn } = setup();
    good.forEach((value, i) => rawKinesisMapping(stack, `Good${i}`, fn, { [prop]: value }));
    expect(findingsOf(app, rule)).toHaveLength(0);
  });
  test('skips a token, and leaves SQS mappings to the SQS rules', () => {
    const { app, stack, fn } = setup();
    rawKinesisMapping(stack, 'Token', fn, { [prop]: tokenNumber(stack, 'P') });
    rawSqsMapping(stack, 'Sqs', fn, { [prop]: bad[bad.length - 1] });
    expect(findingsOf(app, rule)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 mapping', () => {
    const { app, stack, fn } = setup();
    const stream = new kinesis.Stream(stack, 'Stream');
    const mapping = new lambda.EventSourceMapping(stack, 'L2', { target: fn, eventSourceArn: stream.streamArn, startingPosition: lambda.StartingPosition.LATEST });
    (mapping.node.defaultChild as lambda.CfnEventSourceMapping).addPropertyOverride(cfn, bad[bad.length - 1]);
    expect(findingsOf(app, rule).map(f => f.path)).toEqual(['/S/L2/Resource']);
  });
});
