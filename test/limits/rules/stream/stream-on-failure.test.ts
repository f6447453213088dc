import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { rawKinesisMapping, rawSqsMapping, tokenString } from '../sqs/fixtures';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  return { app, stack, fn: nodeFunction(stack, 'Fn') };
}

describe('StreamOnFailureDestination', () => {
  const RULE = 'StreamOnFailureDestination';
  test('warns on a Kinesis event source without an on-failure destination', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'K'), { startingPosition: lambda.StartingPosition.LATEST }));
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].level).toBe('warning');
    expect(found[0].message).toContain('DestinationConfig.OnFailure is not set');
  });
  test('accepts an on-failure destination; ignores SQS mappings; skips a token config', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'K'), {
      startingPosition: lambda.StartingPosition.LATEST,
      onFailure: new SqsDlq(new sqs.Queue(stack, 'Dlq')),
    }));
    rawSqsMapping(stack, 'Sqs', fn);
    rawKinesisMapping(stack, 'Token', fn, { destinationConfig: { onFailure: { destination: tokenString(stack, 'D') } } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape hatch that deletes the destination', () => {
    const { app, stack, fn } = setup();
    rawKinesisMapping(stack, 'Raw', fn, { destinationConfig: { onFailure: { destination: new sqs.Queue(stack, 'Dlq').queueArn } } })
      .addPropertyDeletionOverride('DestinationConfig');
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
  });
});

describe('StreamOnFailureDestinationType', () => {
  const RULE = 'StreamOnFailureDestinationType';
  test('rejects a Lambda function or an EventBridge bus as a stream on-failure destination', () => {
    const { app, stack, fn } = setup();
    rawKinesisMapping(stack, 'ToFn', fn, { destinationConfig: { onFailure: { destination: nodeFunction(stack, 'Other').functionArn } } });
    rawKinesisMapping(stack, 'Bus', fn, { destinationConfig: { onFailure: { destination: 'arn:aws:events:eu-west-1:123456789012:event-bus/default' } } });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/Bus', '/S/ToFn']);
    expect(found.find(f => f.path === '/S/ToFn')!.message).toContain('AWS::Lambda::Function S/Other/Resource');
  });
  test('accepts SQS, SNS and S3; skips a token', () => {
    const { app, stack, fn } = setup();
    rawKinesisMapping(stack, 'Sqs', fn, { destinationConfig: { onFailure: { destination: new sqs.Queue(stack, 'Dlq').queueArn } } });
    rawKinesisMapping(stack, 'Sns', fn, { destinationConfig: { onFailure: { destination: 'arn:aws:sns:eu-west-1:123456789012:t' } } });
    rawKinesisMapping(stack, 'S3', fn, { destinationConfig: { onFailure: { destination: 'arn:aws:s3:::bucket' } } });
    rawKinesisMapping(stack, 'Token', fn, { destinationConfig: { onFailure: { destination: tokenString(stack, 'D') } } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 mapping', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'K'), {
      startingPosition: lambda.StartingPosition.LATEST,
      onFailure: new SqsDlq(new sqs.Queue(stack, 'Dlq')),
    }));
    const mapping = fn.node.findAll().find((c): c is lambda.CfnEventSourceMapping => c instanceof lambda.CfnEventSourceMapping)!;
    mapping.addPropertyOverride('DestinationConfig.OnFailure.Destination', 'arn:aws:lambda:eu-west-1:123456789012:function:x');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
