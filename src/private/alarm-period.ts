/**
 * The period of an alarm on a Lambda metric (CanaryDeployment, ProvisionedConcurrency): a
 * literal is checked against Lambda's one-minute metric resolution and CloudWatch's maximum;
 * a token is skipped by the check and still reaches the alarm's `Period`.
 */
import { Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { IConstruct } from 'constructs';
import { PatternValidationError } from './errors';
import { durationIn } from './token-duration';
import { DOCS, METRICS } from '../limits/quotas';

/**
 * What `cloudwatch.Metric` can take: aws-cdk-lib's Metric rejects every token period
 * ("'period' must be 1, 5, 10, 30, or a multiple of 60 seconds"), so a token period is given to
 * the metric as a placeholder and written into the alarm's `Period` by `applyAlarmPeriod`.
 */
export interface LambdaAlarmPeriod {
  /** The period to give `cloudwatch.Metric`. */
  readonly metricPeriod: Duration;
  /** The token number of seconds for the alarm's `Period`, when the period is a token. */
  readonly tokenSeconds?: number;
}

/** The placeholder a token period gives the metric (only the alarm's `Period` is rendered). */
const TOKEN_PLACEHOLDER = Duration.seconds(METRICS.lambdaResolutionSeconds);

/**
 * Validates `period` (named `prop` in errors). A literal must be a whole multiple of
 * Lambda's metric resolution (60 s) and at most CloudWatch's maximum; a token is not checked,
 * except that it must be convertible into seconds (see `durationIn`).
 */
export function lambdaAlarmPeriod(scope: IConstruct, prop: string, period: Duration): LambdaAlarmPeriod {
  if (period.isUnresolved()) {
    return { metricPeriod: TOKEN_PLACEHOLDER, tokenSeconds: durationIn(scope, prop, period, 'seconds') };
  }
  const seconds = period.toSeconds({ integral: false });
  const resolution = METRICS.lambdaResolutionSeconds;
  if (!Number.isFinite(seconds) || seconds < resolution || seconds % resolution !== 0) {
    throw new PatternValidationError(scope, `${prop} is ${seconds} seconds; Lambda publishes its metrics every ${resolution} seconds, so the period must be a multiple of ${resolution} seconds (CloudWatch's 10, 20 and 30 s periods need high-resolution metrics). See ${DOCS.lambdaMetrics}`);
  }
  if (seconds > METRICS.alarmPeriodMaxSeconds) {
    throw new PatternValidationError(scope, `${prop} is ${seconds} seconds (${period.toHumanString()}); a CloudWatch alarm's period times its evaluation periods (1 here) is at most ${METRICS.alarmPeriodMaxSeconds} seconds (7 days). See ${DOCS.cloudWatchPutMetricAlarm}`);
  }
  return { metricPeriod: period };
}

/** Writes a token period into the alarm's `Period` (nothing to do for a literal). */
export function applyAlarmPeriod(alarm: cloudwatch.Alarm, period: LambdaAlarmPeriod): void {
  if (period.tokenSeconds === undefined) return;
  (alarm.node.defaultChild as cloudwatch.CfnAlarm).period = period.tokenSeconds;
}
