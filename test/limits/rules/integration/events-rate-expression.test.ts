import { CfnParameter } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'EventsRateExpression';

function ruleWith(expression: string) {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.expression(expression) });
  return { app, stack, cfn: rule.node.defaultChild as events.CfnRule };
}

test.each([
  ['rate(1 minutes)', 'rate(1 minute)'],
  ['rate(5 minute)', 'rate(5 minutes)'],
  ['rate(0 minutes)', 'whole value of at least 1'],
  ['rate(1.5 hours)', 'whole value of at least 1'],
  ['rate(2 weeks)', 'a unit of minute, hour, day'],
])('reports %s', (expression, limit) => {
  const { app } = ruleWith(expression);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S/Rule/Resource');
  expect(found[0].message).toContain(`ScheduleExpression is ${expression}`);
  expect(found[0].message).toContain(limit);
});

test.each(['rate(1 minute)', 'rate(2 minutes)', 'rate(1 day)', 'rate(24 hours)', 'cron(0 12 * * ? *)'])('accepts %s', (expression) => {
  const { app } = ruleWith(expression);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('does not require the singular unit on EventBridge Scheduler schedules, but checks the unit', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const target = { arn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', roleArn: 'arn:aws:iam::123456789012:role/r' };
  new scheduler.CfnSchedule(stack, 'Ok', { scheduleExpression: 'rate(1 minutes)', flexibleTimeWindow: { mode: 'OFF' }, target });
  new scheduler.CfnSchedule(stack, 'Bad', { scheduleExpression: 'rate(1 fortnight)', flexibleTimeWindow: { mode: 'OFF' }, target });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Bad']);
  expect(found[0].message).toContain('scheduler/latest/UserGuide/schedule-types.html');
});

test('skips an expression that is a token', () => {
  const { app, stack, cfn } = ruleWith('rate(1 minute)');
  cfn.addPropertyOverride('ScheduleExpression', new CfnParameter(stack, 'Expr').valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, cfn } = ruleWith('rate(1 minute)');
  cfn.addPropertyOverride('ScheduleExpression', 'rate(10 minute)');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
