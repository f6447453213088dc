/**
 * Metrics that HttpFunction alarms on: an error rate in percent from a count of failed
 * requests and a count of all requests. Not part of the public API.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';

/** The period of every HttpFunction alarm metric. */
export const HTTP_ALARM_PERIOD = Duration.minutes(5);

/**
 * `100 * (sum of errors) / requests`, with missing error datapoints counted as 0 (several
 * front doors publish error counts only when there are errors).
 */
export function errorRatePercent(errors: cloudwatch.IMetric[], requests: cloudwatch.IMetric, label: string): cloudwatch.MathExpression {
  const usingMetrics: { [id: string]: cloudwatch.IMetric } = { requests };
  const terms = errors.map((metric, i) => {
    usingMetrics[`e${i}`] = metric;
    return `FILL(e${i}, 0)`;
  });
  return new cloudwatch.MathExpression({
    expression: `100 * (${terms.join(' + ')}) / requests`,
    usingMetrics,
    label,
    period: HTTP_ALARM_PERIOD,
  });
}
