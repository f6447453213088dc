import { CfnParameter } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'EventsCronExpression';

function ruleWith(expression: string) {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const rule = new events.Rule(stack, 'Rule', { schedule: events.Schedule.expression(expression) });
  return { app, stack, cfn: rule.node.defaultChild as events.CfnRule };
}

test('reports both day-of-month and day-of-week', () => {
  const { app } = ruleWith('cron(0 12 1 * MON *)');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('ScheduleExpression is cron(0 12 1 * MON *) (day-of-month 1, day-of-week MON)');
});

test.each(['cron(0 12 * * ?)', 'cron(0 0 12 * * ? *)'])('reports %s (not 6 fields)', (expression) => {
  const { app } = ruleWith(expression);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('6 fields');
});

test.each(['cron(0 12 * * ? *)', 'cron(0/15 * ? * MON-FRI *)', 'cron(0 8 1 * ? 2030)'])('accepts %s', (expression) => {
  const { app } = ruleWith(expression);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an expression that is a token', () => {
  const { app, stack, cfn } = ruleWith('cron(0 12 * * ? *)');
  cfn.addPropertyOverride('ScheduleExpression', new CfnParameter(stack, 'Expr').valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, cfn } = ruleWith('cron(0 12 * * ? *)');
  cfn.addPropertyOverride('ScheduleExpression', 'cron(0 12 * * * *)');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
