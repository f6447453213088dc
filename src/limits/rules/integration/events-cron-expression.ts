import { insideOf, scheduleExpression, SCHEDULE_TYPES } from './schedule-expression';
import { DOCS, SCHEDULE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * B2: `cron(minutes hours day-of-month month day-of-week year)`: six fields, and day-of-month
 * and day-of-week cannot both be set (one of them is `?`).
 */
export const EventsCronExpression: LimitRule = {
  id: 'EventsCronExpression',
  description: 'A cron() schedule has 6 fields and a ? in day-of-month or day-of-week',
  severity: FindingSeverity.ERROR,
  limitRefs: ['B2'],
  docUrl: DOCS.eventBridgeSchedules,
  resourceTypes: SCHEDULE_TYPES,
  check(resource) {
    const expression = scheduleExpression(resource);
    const inside = expression === undefined ? undefined : insideOf(expression, 'cron');
    if (expression === undefined || inside === undefined) return [];
    const docUrl = resource.type === 'AWS::Scheduler::Schedule' ? DOCS.schedulerScheduleTypes : undefined;
    const fields = inside.trim().split(/\s+/);
    if (fields.length !== SCHEDULE.cronFields) {
      return [{
        resource,
        property: 'ScheduleExpression',
        value: `${expression} (${fields.length} fields)`,
        limit: `${SCHEDULE.cronFields} fields: minutes hours day-of-month month day-of-week year`,
        why: 'EventBridge cron expressions have a year field and no seconds field (unlike Unix or Quartz cron), and other field counts are rejected',
        docUrl,
      }];
    }
    const [, , dayOfMonth, , dayOfWeek] = fields;
    if (dayOfMonth === '?' || dayOfWeek === '?') return [];
    return [{
      resource,
      property: 'ScheduleExpression',
      value: `${expression} (day-of-month ${dayOfMonth}, day-of-week ${dayOfWeek})`,
      limit: 'a ? in day-of-month or day-of-week',
      why: 'EventBridge cannot take both a day of the month and a day of the week, and rejects the expression; put ? in the one you do not use',
      docUrl,
    }];
  },
};
