/**
 * The `solutions` variant of `npm run bench`: AWS Solutions Constructs' SqsToLambda, configured
 * as close to QueueConsumer as its props allow: the same memory, timeout, JSON logs into a
 * log group with a one-month retention (named under /aws/lambda/, the only log groups its role
 * may write to), SQS-managed SSE, a visibility timeout of 6 x the function timeout, a 14-day
 * DLQ after 5 receives, partial batch responses. It creates no alarms, so the two alarms
 * QueueConsumer has are added next to it, as a user would.
 *
 * What it cannot match: its role has an inline policy on every /aws/lambda/* log group (not
 * one), created in the role itself (no separate AWS::IAM::Policy for it), and its queue
 * policies also restrict access to the account's principals.
 */
import { SqsToLambda } from '@aws-solutions-constructs/aws-sqs-lambda';
import { Stack } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import {
  deadLetterQueueAlarm, FUNCTION_SETTINGS, handlerProps, oldestMessageAgeAlarm, type PipelineBuilder, QUEUE_SETTINGS,
} from './pipeline-common';

/** SqsToLambda plus the two alarms, under `Consumer`. */
export const queuePipeline: PipelineBuilder = (scope: Construct, index: number) => {
  const logGroup = new logs.LogGroup(scope, 'FunctionLogGroup', {
    logGroupName: `/aws/lambda/bench-${Stack.of(scope).stackName}-pipeline${index}`,
    retention: logs.RetentionDays.ONE_MONTH,
  });
  const { memorySize, timeout, loggingFormat } = FUNCTION_SETTINGS;
  const consumer = new SqsToLambda(scope, 'Consumer', {
    lambdaFunctionProps: { ...handlerProps(index), memorySize, timeout, loggingFormat, logGroup },
    queueProps: { encryption: sqs.QueueEncryption.SQS_MANAGED, visibilityTimeout: QUEUE_SETTINGS.visibilityTimeout },
    deadLetterQueueProps: { encryption: sqs.QueueEncryption.SQS_MANAGED, retentionPeriod: QUEUE_SETTINGS.deadLetterRetention },
    maxReceiveCount: QUEUE_SETTINGS.maxReceiveCount,
    sqsEventSourceProps: { reportBatchItemFailures: true },
  });
  if (consumer.deadLetterQueue !== undefined) deadLetterQueueAlarm(scope, consumer.deadLetterQueue.queue);
  oldestMessageAgeAlarm(scope, consumer.sqsQueue);
};
