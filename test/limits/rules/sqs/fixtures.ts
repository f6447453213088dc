import { CfnParameter, Token, type Stack } from 'aws-cdk-lib';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/** A number only known at deploy time. */
export function tokenNumber(stack: Stack, id: string): number {
  return Token.asNumber(new CfnParameter(stack, id, { type: 'Number' }).value);
}

/** A string only known at deploy time. */
export function tokenString(stack: Stack, id: string): string {
  return new CfnParameter(stack, id, { type: 'String' }).valueAsString;
}

/** A raw L1 mapping (no L2 validation) from `eventSourceArn` to `fn`. */
export function rawMapping(scope: Construct, id: string, fn: lambda.IFunction, eventSourceArn: string | undefined,
  props: Omit<lambda.CfnEventSourceMappingProps, 'functionName'> = {}): lambda.CfnEventSourceMapping {
  return new lambda.CfnEventSourceMapping(scope, id, { functionName: fn.functionName, eventSourceArn, ...props });
}

/** A raw L1 mapping on a new standard queue. */
export function rawSqsMapping(scope: Construct, id: string, fn: lambda.IFunction,
  props: Omit<lambda.CfnEventSourceMappingProps, 'functionName'> = {}, queueProps: sqs.QueueProps = {}): lambda.CfnEventSourceMapping {
  const queue = new sqs.Queue(scope, `${id}Queue`, queueProps);
  return rawMapping(scope, id, fn, queue.queueArn, { functionResponseTypes: ['ReportBatchItemFailures'], ...props });
}

/** A raw L1 mapping on a new Kinesis stream, with a starting position. */
export function rawKinesisMapping(scope: Construct, id: string, fn: lambda.IFunction,
  props: Omit<lambda.CfnEventSourceMappingProps, 'functionName'> = {}): lambda.CfnEventSourceMapping {
  const stream = new kinesis.Stream(scope, `${id}Stream`);
  return rawMapping(scope, id, fn, stream.streamArn, { startingPosition: 'LATEST', ...props });
}
