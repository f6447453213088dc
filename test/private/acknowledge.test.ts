import { App, Stack, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { acknowledge } from '../../src/private/acknowledge';

function acknowledgedEntries(queue: sqs.Queue): { data: unknown; trace?: string[] }[] {
  return queue.node.metadata.filter(entry => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY);
}

test('records the acknowledgement and its reason, with no stack frames', () => {
  const queue = new sqs.Queue(new Stack(new App(), 'S'), 'Queue');
  acknowledge(queue, { id: 'AwsSolutions-SQS3', reason: 'a reason' }, { id: 'Serverless-SQSRedrivePolicy', reason: 'another' });
  const entries = acknowledgedEntries(queue);
  expect(entries.map(entry => entry.data)).toEqual([{ 'Annotation::AwsSolutions-SQS3': 'a reason' }, { 'Annotation::Serverless-SQSRedrivePolicy': 'another' }]);
  const frames = (entry: { trace?: string[] }) => (entry.trace ?? []).filter(line => /^\s*at /.test(line));
  expect(entries.flatMap(frames)).toEqual([]);
  // aws-cdk-lib's own call records a trace; this helper is what leaves it out.
  Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS4', reason: 'with trace' });
  expect(frames(acknowledgedEntries(queue)[2]).length).toBeGreaterThan(0);
});

test('restores the stack trace limit, also when acknowledging throws', () => {
  const before = Error.stackTraceLimit;
  const queue = new sqs.Queue(new Stack(new App(), 'S'), 'Queue');
  acknowledge(queue, { id: 'AwsSolutions-SQS3', reason: 'a reason' });
  expect(Error.stackTraceLimit).toBe(before);
  const failing = jest.spyOn(Validations, 'of').mockImplementation(() => {
    throw new Error('boom');
  });
  expect(() => acknowledge(queue, { id: 'AwsSolutions-SQS3', reason: 'a reason' })).toThrow('boom');
  failing.mockRestore();
  expect(Error.stackTraceLimit).toBe(before);
});
