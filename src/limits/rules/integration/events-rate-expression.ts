import { insideOf, scheduleExpression, SCHEDULE_TYPES } from './schedule-expression';
import { DOCS, SCHEDULE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

const PLURAL = SCHEDULE.rateUnits.map(unit => `${unit}s`);

/**
 * B1: `rate(value unit)`: a positive whole number and a unit of minute(s), hour(s) or day(s);
 * for EventBridge rules the unit is singular when the value is 1 and plural otherwise.
 */
export const EventsRateExpression: LimitRule = {
  id: 'EventsRateExpression',
  description: 'A rate() schedule has a positive whole value and a minute/hour/day unit (singular exactly when the value is 1 on EventBridge rules)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['B1'],
  docUrl: DOCS.eventBridgeSchedules,
  resourceTypes: SCHEDULE_TYPES,
  check(resource) {
    const expression = scheduleExpression(resource);
    const inside = expression === undefined ? undefined : insideOf(expression, 'rate');
    if (expression === undefined || inside === undefined) return [];
    const docUrl = resource.type === 'AWS::Scheduler::Schedule' ? DOCS.schedulerScheduleTypes : undefined;
    const finding = (limit: string, why: string) => [{ resource, property: 'ScheduleExpression', value: expression, limit, why, docUrl }];
    const parts = inside.trim().split(/\s+/);
    const [value, unit] = parts;
    if (parts.length !== 2 || !/^[0-9]+$/.test(value) || Number(value) < SCHEDULE.rateMinValue) {
      return finding('rate(value unit) with a whole value of at least 1 (the minimum rate is 1 minute)', 'EventBridge rejects the expression');
    }
    const singular = (SCHEDULE.rateUnits as readonly string[]).includes(unit);
    if (!singular && !PLURAL.includes(unit)) {
      return finding(`a unit of ${[...SCHEDULE.rateUnits, ...PLURAL].join(', ')}`, 'EventBridge rejects the expression');
    }
    if (resource.type !== 'AWS::Events::Rule') return [];
    const one = Number(value) === 1;
    if (one === singular) return [];
    return finding(
      one ? `rate(1 ${unit.replace(/s$/, '')})` : `rate(${value} ${singular ? `${unit}s` : unit})`,
      'EventBridge rules need a singular unit when the value is 1 and a plural unit otherwise, and reject the expression',
    );
  },
};
