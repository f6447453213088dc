import { CfnParameter, Token } from 'aws-cdk-lib';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SchedulerRetryPolicy';

function schedule(retryPolicy: scheduler.CfnSchedule.RetryPolicyProperty) {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const cfn = new scheduler.CfnSchedule(stack, 'Schedule', {
    scheduleExpression: 'rate(5 minutes)',
    flexibleTimeWindow: { mode: 'OFF' },
    target: { arn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', roleArn: 'arn:aws:iam::123456789012:role/r', retryPolicy },
  });
  return { app, stack, cfn };
}

test.each([
  [{ maximumEventAgeInSeconds: 59 }, 'MaximumEventAgeInSeconds is 59 s'],
  [{ maximumEventAgeInSeconds: 86_401 }, 'MaximumEventAgeInSeconds is 86,401 s'],
  [{ maximumRetryAttempts: 186 }, 'MaximumRetryAttempts is 186; the limit is 0-185'],
  [{ maximumRetryAttempts: -1 }, 'MaximumRetryAttempts is -1'],
])('reports %j', (policy, text) => {
  const { app } = schedule(policy);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain(text);
});

test.each([
  { maximumEventAgeInSeconds: 60, maximumRetryAttempts: 0 },
  { maximumEventAgeInSeconds: 86_400, maximumRetryAttempts: 185 },
])('accepts %j', (policy) => {
  const { app } = schedule(policy);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips values that are tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const n = Token.asNumber(new CfnParameter(stack, 'N', { type: 'Number' }).value);
  new scheduler.CfnSchedule(stack, 'Schedule', {
    scheduleExpression: 'rate(5 minutes)',
    flexibleTimeWindow: { mode: 'OFF' },
    target: { arn: 'arn:aws:lambda:eu-west-1:123456789012:function:f', roleArn: 'arn:aws:iam::123456789012:role/r', retryPolicy: { maximumEventAgeInSeconds: n, maximumRetryAttempts: n } },
  });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, cfn } = schedule({ maximumRetryAttempts: 3 });
  cfn.addPropertyOverride('Target.RetryPolicy.MaximumRetryAttempts', 500);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
