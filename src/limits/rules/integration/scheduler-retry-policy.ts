import { fmt } from '../../engine';
import { DOCS, SCHEDULER } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** B3: an EventBridge Scheduler retry policy: event age 60-86,400 s, 0-185 retries. */
export const SchedulerRetryPolicy: LimitRule = {
  id: 'SchedulerRetryPolicy',
  description: `EventBridge Scheduler retry policy: MaximumEventAgeInSeconds ${fmt(SCHEDULER.maxEventAgeMinSeconds)}-${fmt(SCHEDULER.maxEventAgeMaxSeconds)}, MaximumRetryAttempts ${SCHEDULER.retryAttemptsMin}-${SCHEDULER.retryAttemptsMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['B3'],
  docUrl: DOCS.schedulerRetryPolicy,
  resourceTypes: ['AWS::Scheduler::Schedule'],
  check(schedule) {
    const findings: RuleFinding[] = [];
    const age = literalNumber(propertyAt(schedule.properties, 'Target.RetryPolicy.MaximumEventAgeInSeconds'));
    if (age !== undefined && (age < SCHEDULER.maxEventAgeMinSeconds || age > SCHEDULER.maxEventAgeMaxSeconds || !Number.isInteger(age))) {
      findings.push({
        resource: schedule,
        property: 'Target.RetryPolicy.MaximumEventAgeInSeconds',
        value: `${fmt(age)} s`,
        limit: `${fmt(SCHEDULER.maxEventAgeMinSeconds)}-${fmt(SCHEDULER.maxEventAgeMaxSeconds)} s (1 minute to 24 hours)`,
        why: 'EventBridge Scheduler rejects the schedule',
      });
    }
    const retries = literalNumber(propertyAt(schedule.properties, 'Target.RetryPolicy.MaximumRetryAttempts'));
    if (retries !== undefined && (retries < SCHEDULER.retryAttemptsMin || retries > SCHEDULER.retryAttemptsMax || !Number.isInteger(retries))) {
      findings.push({
        resource: schedule,
        property: 'Target.RetryPolicy.MaximumRetryAttempts',
        value: fmt(retries),
        limit: `${SCHEDULER.retryAttemptsMin}-${SCHEDULER.retryAttemptsMax}`,
        why: 'EventBridge Scheduler rejects the schedule',
      });
    }
    return findings;
  },
};
