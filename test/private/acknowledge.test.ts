import { App, Stack, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { acknowledge } from '../../src/private/acknowledge';

type MetadataEntry = { type: string; data: unknown; trace?: string[] };

function acknowledgedEntries(queue: sqs.Queue): MetadataEntry[] {
  return queue.node.metadata.filter(entry => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY);
}

function newQueue(): sqs.Queue {
  return new sqs.Queue(new Stack(new App(), 'S'), 'Queue');
}

const RULES = [
  { id: 'AwsSolutions-SQS3', reason: 'a reason' },
  { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'finding with a bracketed resource' },
  { id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', reason: 'a managed policy' },
  { id: 'NIST.800.53.R5-LambdaDLQ', reason: 'another pack' },
];

test('records the same acknowledgements as Validations.acknowledge, reasons included', () => {
  const ours = newQueue();
  const theirs = newQueue();
  acknowledge(ours, ...RULES);
  Validations.of(theirs).acknowledge(...RULES);
  expect(acknowledgedEntries(ours).map(entry => entry.data)).toEqual(acknowledgedEntries(theirs).map(entry => entry.data));
  expect(acknowledgedEntries(ours).map(entry => entry.data)).toEqual([
    { 'Annotation::AwsSolutions-SQS3': 'a reason' },
    { 'Annotation::AwsSolutions-IAM5[Resource::*]': 'finding with a bracketed resource' },
    { 'Annotation::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]': 'a managed policy' },
    { 'Annotation::NIST.800.53.R5-LambdaDLQ': 'another pack' },
  ]);
});

test('records no stack trace (aws-cdk-lib\'s own call does)', () => {
  const queue = newQueue();
  acknowledge(queue, RULES[0]);
  Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS4', reason: 'with trace' });
  const [ours, theirs] = acknowledgedEntries(queue);
  expect(ours.trace).toBeUndefined();
  expect(theirs.trace?.some(line => /^\s*at /.test(line))).toBe(true);
});

test('learns each id\'s qualified form from aws-cdk-lib once', () => {
  const spy = jest.spyOn(Validations, 'of');
  acknowledge(newQueue(), { id: 'AwsSolutions-EC23', reason: 'first' });
  acknowledge(newQueue(), { id: 'AwsSolutions-EC23', reason: 'second' });
  expect(spy).toHaveBeenCalledTimes(1);
  spy.mockRestore();
});

test('a malformed id is rejected as aws-cdk-lib rejects it', () => {
  const rule = { id: 'a::b::c', reason: 'r' };
  expect(() => Validations.of(newQueue()).acknowledge(rule)).toThrow(/'::' delimiter is reserved/);
  expect(() => acknowledge(newQueue(), rule)).toThrow(/'::' delimiter is reserved/);
});

test('acknowledges through aws-cdk-lib\'s own call when it records nothing to learn from', () => {
  const calls: unknown[] = [];
  const spy = jest.spyOn(Validations, 'of').mockImplementation(scope => ({ acknowledge: (...rules: unknown[]) => calls.push([scope, rules]), scope }) as unknown as Validations);
  const queue = newQueue();
  const rule = { id: 'AwsSolutions-EC27', reason: 'r' };
  acknowledge(queue, rule);
  acknowledge(queue, rule);
  spy.mockRestore();
  // One probe (learned once), then the real call for each acknowledgement; no metadata of its own.
  expect(calls.slice(1)).toEqual([[queue, [rule]], [queue, [rule]]]);
  expect(acknowledgedEntries(queue)).toEqual([]);
});
