import { Aspects, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimitChecks } from '../../../../src';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { tokenNumber } from '../sqs/fixtures';

function rawFunction(stack: Stack, id: string, reservedConcurrentExecutions: number) {
  return new lambda.CfnFunction(stack, id, {
    role: 'arn:aws:iam::123456789012:role/r',
    code: { zipFile: 'x' },
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    reservedConcurrentExecutions,
  });
}

describe('ReservedConcurrencySum', () => {
  const RULE = 'ReservedConcurrencySum';
  test('rejects 901 reserved executions over the app (quota 1,000 minus 100), once on each contributing function', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    Aspects.of(stack).add(new LambdaLimitChecks());
    nodeFunction(stack, 'A', { reservedConcurrentExecutions: 500 });
    nodeFunction(stack, 'B', { reservedConcurrentExecutions: 401 });
    nodeFunction(stack, 'Unreserved');
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/A/Resource', '/S/B/Resource']);
    expect(found[0].level).toBe('error');
    expect(found.find(f => f.path === '/S/A/Resource')!.message)
      .toContain('ReservedConcurrentExecutions is 500, part of 901 reserved by 2 function(s)');
    expect(found[0].message).toContain('a total of 900 (account quota 1,000 minus the 100');
  });
  test('accepts exactly 900, and more under a raised accountConcurrencyLimit', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    nodeFunction(stack, 'A', { reservedConcurrentExecutions: 500 });
    nodeFunction(stack, 'B', { reservedConcurrentExecutions: 400 });
    expect(findingsOf(app, RULE)).toHaveLength(0);
    const raised = checkedApp({ accountConcurrencyLimit: 2000 });
    nodeFunction(envStack(raised, 'S'), 'A', { reservedConcurrentExecutions: 1900 });
    expect(findingsOf(raised, RULE)).toHaveLength(0);
  });
  test('skips a token (it adds nothing to the sum)', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    nodeFunction(stack, 'A', { reservedConcurrentExecutions: 900 });
    nodeFunction(stack, 'B', { reservedConcurrentExecutions: tokenNumber(stack, 'R') });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges raw L1 functions and escape-hatch overrides', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    rawFunction(stack, 'Raw', 450);
    const fn = nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: 1 });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('ReservedConcurrentExecutions', 451);
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Fn/Resource', '/S/Raw']);
  });
  test('sums across the stacks of one app, per account and Region', () => {
    const app = checkedApp();
    nodeFunction(envStack(app, 'A'), 'Fn', { reservedConcurrentExecutions: 600 });
    nodeFunction(envStack(app, 'B'), 'Fn', { reservedConcurrentExecutions: 301 });
    nodeFunction(envStack(app, 'Other', { env: { account: '123456789012', region: 'us-east-1' } }), 'Fn', { reservedConcurrentExecutions: 800 });
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/A/Fn/Resource', '/B/Fn/Resource']);
  });
});

describe('ReservedConcurrencyZero', () => {
  const RULE = 'ReservedConcurrencyZero';
  test('warns on 0, accepts 1, skips a token', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    nodeFunction(stack, 'Zero', { reservedConcurrentExecutions: 0 });
    nodeFunction(stack, 'One', { reservedConcurrentExecutions: 1 });
    nodeFunction(stack, 'Token', { reservedConcurrentExecutions: tokenNumber(stack, 'R') });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Zero/Resource']);
    expect(found[0].level).toBe('warning');
  });
  test('judges an escape-hatch override and a raw L1 function', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: 5 });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('ReservedConcurrentExecutions', 0);
    rawFunction(stack, 'Raw', 0);
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Fn/Resource', '/S/Raw']);
  });
});

describe('ReservedConcurrencyMinimum', () => {
  const RULE = 'ReservedConcurrencyMinimum';
  test('rejects -1 and 1.5, accepts 0, skips a token', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    rawFunction(stack, 'Negative', -1);
    rawFunction(stack, 'Fraction', 1.5);
    rawFunction(stack, 'Zero', 0);
    rawFunction(stack, 'Token', tokenNumber(stack, 'R'));
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Fraction', '/S/Negative']);
  });
  test('judges an escape-hatch override', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn');
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('ReservedConcurrentExecutions', -5);
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
