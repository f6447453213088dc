import { Duration, Lazy } from 'aws-cdk-lib';
import { cfnOf, numberToken, rawFunction } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionTimeout';
const CAPACITY = { lambdaManagedInstancesCapacityProviderConfig: { capacityProviderArn: 'arn:aws:lambda:eu-west-1:123456789012:capacity-provider:cp' } };

test('rejects a timeout above 900 s with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { timeout: 901 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Timeout is 901 s');
  expect(found[0].message).toContain('1-900 s');
  expect(found[0].message).toContain('configuration-timeout.html');
});

test.each([0, 2.5])('rejects a timeout of %d s', (timeout) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { timeout });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test.each([1, 900])('accepts the edge value %d s', (seconds) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { timeout: Duration.seconds(seconds) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts up to 5,400 s on Lambda Managed Instances (CapacityProviderConfig), rejects 5,401 s', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Edge', { timeout: 5400, capacityProviderConfig: CAPACITY });
  rawFunction(stack, 'Long', { timeout: 3600, capacityProviderConfig: CAPACITY });
  rawFunction(stack, 'Over', { timeout: 5401, capacityProviderConfig: CAPACITY });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Over']);
  expect(found[0].message).toContain('CapacityProviderConfig');
});

test('skips a timeout that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Param', { timeout: numberToken(stack) });
  rawFunction(stack, 'Lazy', { timeout: Lazy.number({ produce: () => 5000 }) });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Lazy']);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { timeout: Duration.seconds(30) });
  cfnOf(fn).addPropertyOverride('Timeout', 1000);
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
