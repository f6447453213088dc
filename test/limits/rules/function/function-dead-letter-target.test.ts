import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionDeadLetterTarget';

test('rejects a FIFO queue from the app as the dead-letter queue, with value, limit and link', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const dlq = new sqs.Queue(stack, 'Dlq', { fifo: true });
  nodeFunction(stack, 'Fn', { deadLetterQueue: dlq });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('DeadLetterConfig.TargetArn is FIFO queue S/Dlq/Resource');
  expect(found[0].message).toContain('SQS standard queue or an SNS topic');
  expect(found[0].message).toContain('invocation-async-retain-records.html#invocation-dlq');
});

test('rejects a FIFO queue in another stack of the app', () => {
  const app = checkedApp();
  const dlq = new sqs.Queue(envStack(app, 'Queues'), 'Dlq', { fifo: true });
  nodeFunction(envStack(app, 'Functions'), 'Fn', { deadLetterQueue: dlq });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/Functions/Fn/Resource']);
});

test('rejects literal ARNs of a FIFO queue and of a service that is not SQS or SNS', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fifo', { deadLetterConfig: { targetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq.fifo' } });
  rawFunction(stack, 'Lambda', { deadLetterConfig: { targetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:f' } });
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Fifo', '/S/Lambda']);
});

test('accepts a standard queue, a topic and literal SQS/SNS ARNs', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Queue', { deadLetterQueue: new sqs.Queue(stack, 'Dlq') });
  nodeFunction(stack, 'Topic', { deadLetterTopic: new sns.Topic(stack, 'T') });
  rawFunction(stack, 'SqsArn', { deadLetterConfig: { targetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq' } });
  rawFunction(stack, 'SnsArn', { deadLetterConfig: { targetArn: 'arn:aws:sns:eu-west-1:123456789012:topic.fifo' } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a target that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { deadLetterConfig: { targetArn: stringToken(stack) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override that points the DLQ at a bucket', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const bucket = new s3.Bucket(stack, 'B');
  const fn = nodeFunction(stack, 'Fn', { deadLetterQueue: new sqs.Queue(stack, 'Dlq') });
  cfnOf(fn).addPropertyOverride('DeadLetterConfig.TargetArn', bucket.bucketArn);
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Fn/Resource']);
  expect(found[0].message).toContain('AWS::S3::Bucket');
});
