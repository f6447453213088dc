/** Parsing of EventBridge `rate(...)` and `cron(...)` schedule expressions (limits.md B1, B2). */
import type { ResourceView } from '../../model';
import { literalString } from '../../values';

/** The rule and schedule types that carry a `ScheduleExpression`. */
export const SCHEDULE_TYPES: readonly string[] = ['AWS::Events::Rule', 'AWS::Scheduler::Schedule'];

/** The literal schedule expression of a rule or schedule, trimmed; undefined when absent or a token. */
export function scheduleExpression(resource: ResourceView): string | undefined {
  return literalString(resource.properties.ScheduleExpression)?.trim();
}

/** The text inside `name(...)`, or undefined when the expression is not of that kind. */
export function insideOf(expression: string, name: string): string | undefined {
  const match = new RegExp(`^${name}\\((.*)\\)$`, 's').exec(expression);
  return match ? match[1] : undefined;
}
