/**
 * Queues the patterns create: encrypted at rest, TLS-only, and (for failure
 * queues) the maximum retention, so nothing expires before someone looks at it.
 */
import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** 14 days: the SQS maximum, used for every failure queue. */
export const FAILURE_QUEUE_RETENTION = Duration.days(14);

/** An SQS queue with SSE (SQS-managed keys unless the user chose KMS) and enforceSSL. */
export function createSecureQueue(scope: Construct, id: string, props: sqs.QueueProps = {}): sqs.Queue {
  return new sqs.Queue(scope, id, {
    ...props,
    encryption: props.encryption ?? (props.encryptionMasterKey ? sqs.QueueEncryption.KMS : sqs.QueueEncryption.SQS_MANAGED),
    enforceSSL: props.enforceSSL ?? true,
  });
}

/** A failure queue (DLQ or on-failure destination): secure, 14-day retention. */
export function createFailureQueue(scope: Construct, id: string, props: sqs.QueueProps = {}): sqs.Queue {
  return createSecureQueue(scope, id, {
    ...props,
    retentionPeriod: props.retentionPeriod ?? FAILURE_QUEUE_RETENTION,
  });
}
