/**
 * Validation of EventBridge rule schedule expressions given as strings
 * (`rate(5 minutes)`, `cron(0 12 * * ? *)`), which `events.Schedule.expression()`
 * passes through unchecked (limits.md B1, B2). Pure: returns the problem, or undefined.
 */
import { Token } from 'aws-cdk-lib';
import { DOCS, SCHEDULE } from '../limits/quotas';

/**
 * Why the expression would be rejected by EventBridge, as a sentence that names the
 * value, the limit and the documentation; undefined when it is valid or not known
 * at synth (an unresolved token).
 */
export function scheduleExpressionProblem(expression: string): string | undefined {
  if (Token.isUnresolved(expression)) return undefined;
  const trimmed = expression.trim();
  const rate = /^rate\((.*)\)$/.exec(trimmed);
  if (rate) return rateProblem(expression, rate[1]);
  const cron = /^cron\((.*)\)$/.exec(trimmed);
  if (cron) return cronProblem(expression, cron[1]);
  return `the schedule expression "${expression}" is neither \`rate(value unit)\` nor \`cron(minutes hours day-of-month month day-of-week year)\`. See ${DOCS.eventBridgeSchedules}`;
}

function rateProblem(expression: string, body: string): string | undefined {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 2) {
    return `the rate expression "${expression}" must be \`rate(value unit)\`, with exactly a value and a unit. See ${DOCS.eventBridgeSchedules}`;
  }
  const [valueText, unit] = parts;
  if (!/^\d+$/.test(valueText) || Number(valueText) < SCHEDULE.rateMinValue) {
    return `the rate value "${valueText}" in "${expression}" must be a positive whole number (at least ${SCHEDULE.rateMinValue}; the shortest rate is 1 minute). See ${DOCS.eventBridgeSchedules}`;
  }
  const value = Number(valueText);
  const singular = SCHEDULE.rateUnits.find(u => u === unit);
  const plural = SCHEDULE.rateUnits.find(u => `${u}s` === unit);
  if (singular === undefined && plural === undefined) {
    return `the rate unit "${unit}" in "${expression}" must be one of ${SCHEDULE.rateUnits.map(u => `${u}(s)`).join(', ')}. See ${DOCS.eventBridgeSchedules}`;
  }
  if (value === 1 && singular === undefined) {
    return `the rate "${expression}" has the value 1, which takes the singular unit "${plural}", not "${unit}". See ${DOCS.eventBridgeSchedules}`;
  }
  if (value > 1 && plural === undefined) {
    return `the rate "${expression}" has the value ${value}, which takes the plural unit "${singular}s", not "${unit}". See ${DOCS.eventBridgeSchedules}`;
  }
  return undefined;
}

function cronProblem(expression: string, body: string): string | undefined {
  const fields = body.trim().split(/\s+/);
  if (fields.length !== SCHEDULE.cronFields) {
    return `the cron expression "${expression}" has ${fields.length} field(s); EventBridge needs ${SCHEDULE.cronFields}: minutes hours day-of-month month day-of-week year. See ${DOCS.eventBridgeSchedules}`;
  }
  const dayOfMonth = fields[2];
  const dayOfWeek = fields[4];
  if (dayOfMonth !== '?' && dayOfWeek !== '?') {
    return `the cron expression "${expression}" sets both day-of-month ("${dayOfMonth}") and day-of-week ("${dayOfWeek}"); one of them must be "?". See ${DOCS.eventBridgeSchedules}`;
  }
  return undefined;
}
