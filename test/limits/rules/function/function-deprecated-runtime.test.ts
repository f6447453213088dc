import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { LimitSeverity } from '../../../../src';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionDeprecatedRuntime';
const at = (iso: string) => checkedApp({ evaluationDate: new Date(`${iso}T00:00:00Z`) });

test('warns about a deprecated runtime before its block-create date, naming the dates and the runtimes page', () => {
  const app = at('2026-11-23');
  rawFunction(envStack(app, 'S'), 'Fn', { runtime: 'nodejs18.x' });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain("Runtime is 'nodejs18.x' (deprecated on 2025-09-01)");
  expect(found[0].message).toContain('from 2027-07-29');
  expect(found[0].message).toContain('2027-08-31');
  expect(found[0].message).toContain('lambda-runtimes.html');
});

test('is an error on the block-create date, and still a warning the day before', () => {
  const before = at('2027-07-28');
  rawFunction(envStack(before, 'S'), 'Fn', { runtime: 'python3.9' });
  expect(findingsOf(before, RULE).map(f => f.level)).toEqual(['warning']);

  const on = at('2027-07-29');
  rawFunction(envStack(on, 'S'), 'Fn', { runtime: 'python3.9' });
  const found = findingsOf(on, RULE);
  expect(found.map(f => f.level)).toEqual(['error']);
  expect(found[0].message).toContain('Lambda rejects creating functions');
});

test('is an error for a runtime whose creation and updates are both blocked', () => {
  const app = at('2026-11-23');
  rawFunction(envStack(app, 'S'), 'Fn', { runtime: 'nodejs12.x' });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.level)).toEqual(['error']);
  expect(found[0].message).toContain('creating and updating');
});

test('reports nothing before the deprecation date or for a runtime with no schedule', () => {
  const app = at('2027-04-29');
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Node22', { runtime: 'nodejs22.x' });
  rawFunction(stack, 'Unknown', { runtime: 'nodejs99.x' });
  expect(findingsOf(app, RULE)).toHaveLength(0);
  const later = at('2027-04-30');
  rawFunction(envStack(later, 'S'), 'Node22', { runtime: 'nodejs22.x' });
  expect(findingsOf(later, RULE).map(f => f.level)).toEqual(['warning']);
});

test('skips a runtime that is a token', () => {
  const app = at('2030-01-01');
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { runtime: stringToken(stack) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override, and severityOverrides can turn the rule into a warning', () => {
  const app = checkedApp({ evaluationDate: new Date('2026-11-23T00:00:00Z'), severityOverrides: { FunctionDeprecatedRuntime: LimitSeverity.WARNING } });
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('Runtime', 'nodejs14.x');
  const found = findingsOf(app, RULE);
  expect(found.map(f => [f.path, f.level])).toEqual([['/S/Fn/Resource', 'warning']]);
});
