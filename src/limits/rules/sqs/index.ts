import { SqsBatchSize } from './sqs-batch-size';
import { SqsBatchSizeWithoutWindow } from './sqs-batch-size-without-window';
import { SqsBatchingWindow } from './sqs-batching-window';
import { SqsDeadLetterQueueType } from './sqs-dead-letter-queue-type';
import { SqsDeadLetterRetention } from './sqs-dead-letter-retention';
import { SqsDelaySeconds } from './sqs-delay-seconds';
import { SqsFifoBatchingWindow } from './sqs-fifo-batching-window';
import { SqsFifoQueueName } from './sqs-fifo-queue-name';
import { SqsMaxReceiveCount } from './sqs-max-receive-count';
import { SqsMaxReceiveCountRange } from './sqs-max-receive-count-range';
import { SqsMaximumConcurrency } from './sqs-maximum-concurrency';
import { SqsMaximumMessageSize } from './sqs-maximum-message-size';
import { SqsMessageRetentionPeriod } from './sqs-message-retention-period';
import { SqsProvisionedPollers } from './sqs-provisioned-pollers';
import { SqsQueueVisibilityTimeoutRange } from './sqs-queue-visibility-timeout-range';
import { SqsReceiveMessageWaitTime } from './sqs-receive-message-wait-time';
import { SqsRedriveAllowPolicy } from './sqs-redrive-allow-policy';
import { SqsReportBatchItemFailures } from './sqs-report-batch-item-failures';
import { SqsStartingPosition } from './sqs-starting-position';
import { SqsVisibilityTimeout } from './sqs-visibility-timeout';
import { SqsVisibilityTimeoutSixTimes } from './sqs-visibility-timeout-six-times';
import type { LimitRule } from '../../rule';

/** Rules on SQS event sources (limits.md 1.5) and SQS queues (1.7). */
export const SQS_RULES: readonly LimitRule[] = [
  SqsBatchSize,
  SqsBatchSizeWithoutWindow,
  SqsBatchingWindow,
  SqsFifoBatchingWindow,
  SqsMaximumConcurrency,
  SqsProvisionedPollers,
  SqsStartingPosition,
  SqsVisibilityTimeout,
  SqsVisibilityTimeoutSixTimes,
  SqsReportBatchItemFailures,
  SqsMaxReceiveCount,
  SqsMaxReceiveCountRange,
  SqsDeadLetterQueueType,
  SqsDeadLetterRetention,
  SqsMessageRetentionPeriod,
  SqsQueueVisibilityTimeoutRange,
  SqsDelaySeconds,
  SqsReceiveMessageWaitTime,
  SqsMaximumMessageSize,
  SqsFifoQueueName,
  SqsRedriveAllowPolicy,
];
