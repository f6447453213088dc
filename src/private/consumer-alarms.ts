/**
 * The CloudWatch alarms the consumer patterns create: a failure queue that holds
 * anything, a source queue whose oldest message is getting old, a stream consumer
 * falling behind. Each is returned so the pattern can expose it.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { durationAmount } from './token-duration';

const PERIOD = Duration.minutes(1);

/** Alarms as soon as one message is visible in a dead-letter or on-failure queue. */
export function failureQueueAlarm(scope: Construct, id: string, queue: sqs.IQueue, what: string): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: `${what} holds failures: inspect them, fix the cause, then redrive or replay them.`,
    metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: cloudwatch.Stats.MAXIMUM, period: PERIOD }),
    threshold: 0,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/** Alarms when the oldest message of the source queue is older than the threshold. */
export function oldestMessageAgeAlarm(scope: Construct, id: string, queue: sqs.IQueue, threshold: Duration): cloudwatch.Alarm {
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: `The oldest message in the queue is older than ${threshold.toHumanString()}: the consumer is failing or falling behind.`,
    metric: queue.metricApproximateAgeOfOldestMessage({ statistic: cloudwatch.Stats.MAXIMUM, period: PERIOD }),
    threshold: threshold.toSeconds(),
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}

/**
 * Alarms when the function's iterator age (how far behind the stream it reads) exceeds the
 * threshold. `IteratorAge` is in milliseconds; a token threshold in another unit
 * (`Duration.seconds(parameter.valueAsNumber)`) cannot be multiplied by CloudFormation, so the
 * alarm then watches the metric converted into the threshold's unit (metric math) instead.
 */
export function iteratorAgeAlarm(scope: Construct, id: string, fn: lambda.IFunction, threshold: Duration): cloudwatch.Alarm {
  const iteratorAge = fn.metric('IteratorAge', { statistic: cloudwatch.Stats.MAXIMUM, period: PERIOD });
  const token = threshold.isUnresolved() ? durationAmount(threshold) : undefined;
  const inUnit = token !== undefined && token.unitMillis !== 1;
  return new cloudwatch.Alarm(scope, id, {
    alarmDescription: `The stream consumer is more than ${threshold.toHumanString()} behind the newest record: it is failing, throttled or too slow.`,
    metric: inUnit
      ? new cloudwatch.MathExpression({
        expression: `iteratorAge / ${token.unitMillis}`,
        usingMetrics: { iteratorAge },
        label: `IteratorAge (${token.unit})`,
        period: PERIOD,
      })
      : iteratorAge,
    threshold: inUnit ? token.amount : threshold.toMilliseconds(),
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
  });
}
