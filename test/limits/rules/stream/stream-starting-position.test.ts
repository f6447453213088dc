import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, KinesisEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { rawKinesisMapping, rawMapping, tokenString } from '../sqs/fixtures';

const RULE = 'StreamStartingPosition';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  return { app, stack, fn: nodeFunction(stack, 'Fn') };
}

test('rejects a missing, an unknown and a mismatched starting position', () => {
  const { app, stack, fn } = setup();
  const table = new dynamodb.Table(stack, 'Table', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    stream: dynamodb.StreamViewType.NEW_IMAGE,
  });
  rawMapping(stack, 'Missing', fn, table.tableStreamArn);
  rawKinesisMapping(stack, 'Unknown', fn, { startingPosition: 'OLDEST' });
  rawKinesisMapping(stack, 'NoTimestamp', fn, { startingPosition: 'AT_TIMESTAMP' });
  rawKinesisMapping(stack, 'StrayTimestamp', fn, { startingPosition: 'LATEST', startingPositionTimestamp: 1_700_000_000 });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path).sort()).toEqual(['/S/Missing', '/S/NoTimestamp', '/S/StrayTimestamp', '/S/Unknown']);
  expect(found.find(f => f.path === '/S/Missing')!.message).toContain('StartingPosition is not set on a dynamodb stream event source');
});

test('accepts TRIM_HORIZON, LATEST and AT_TIMESTAMP with a timestamp', () => {
  const { app, stack, fn } = setup();
  fn.addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'K'), { startingPosition: lambda.StartingPosition.TRIM_HORIZON }));
  rawKinesisMapping(stack, 'Latest', fn, { startingPosition: 'LATEST' });
  rawKinesisMapping(stack, 'At', fn, { startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: 1_700_000_000 });
  const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, stream: dynamodb.StreamViewType.KEYS_ONLY });
  fn.addEventSource(new DynamoEventSource(table, { startingPosition: lambda.StartingPosition.LATEST }));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a token position and a source ARN that is a token', () => {
  const { app, stack, fn } = setup();
  rawKinesisMapping(stack, 'Token', fn, { startingPosition: tokenString(stack, 'Pos') });
  rawMapping(stack, 'UnknownSource', fn, tokenString(stack, 'Arn'));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape hatch that deletes the position', () => {
  const { app, stack, fn } = setup();
  fn.addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'K'), { startingPosition: lambda.StartingPosition.LATEST }));
  const mapping = fn.node.findAll().find((c): c is lambda.CfnEventSourceMapping => c instanceof lambda.CfnEventSourceMapping)!;
  mapping.addPropertyDeletionOverride('StartingPosition');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
