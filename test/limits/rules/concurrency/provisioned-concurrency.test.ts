import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { tokenNumber } from '../sqs/fixtures';

function alias(stack: Stack, id: string, fn: lambda.Function, provisionedConcurrentExecutions?: number) {
  return new lambda.Alias(stack, id, { aliasName: id.toLowerCase(), version: fn.currentVersion, provisionedConcurrentExecutions });
}

function rawAlias(stack: Stack, id: string, fn: lambda.IFunction, functionVersion: string, executions: number) {
  return new lambda.CfnAlias(stack, id, {
    functionName: fn.functionName,
    functionVersion,
    name: id.toLowerCase(),
    provisionedConcurrencyConfig: { provisionedConcurrentExecutions: executions },
  });
}

describe('ProvisionedConcurrencyMinimum', () => {
  const RULE = 'ProvisionedConcurrencyMinimum';
  test('rejects 0 on a raw alias, accepts 1, skips a token', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn');
    rawAlias(stack, 'Zero', fn, '1', 0);
    rawAlias(stack, 'One', fn, '1', 1);
    rawAlias(stack, 'Token', fn, '1', tokenNumber(stack, 'P'));
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Zero']);
    expect(found[0].message).toContain('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions is 0');
  });
  test('judges an escape-hatch override of an L2 version', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const version = new lambda.Version(stack, 'V', { lambda: nodeFunction(stack, 'Fn'), provisionedConcurrentExecutions: 2 });
    (version.node.defaultChild as lambda.CfnVersion).addPropertyOverride('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', -1);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/V/Resource']);
  });
});

describe('ProvisionedConcurrencyReserved', () => {
  const RULE = 'ProvisionedConcurrencyReserved';
  test('rejects provisioned concurrency of all aliases and versions above the reserved concurrency, once on the function', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: 10 });
    alias(stack, 'Live', fn, 6);
    new lambda.Version(stack, 'Pinned', { lambda: fn, provisionedConcurrentExecutions: 5 });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Fn/Resource']);
    expect(found[0].message).toContain('ReservedConcurrentExecutions is 10, below the 11 provisioned executions');
    expect(found[0].message).toContain('S/Live/Resource: 6');
  });
  test('accepts provisioned equal to reserved, and a function without reserved concurrency', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    alias(stack, 'Live', nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: 10 }), 10);
    alias(stack, 'Live2', nodeFunction(stack, 'Free'), 50);
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('skips a token reserved or provisioned value', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    alias(stack, 'Live', nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: tokenNumber(stack, 'R') }), 50);
    alias(stack, 'Live2', nodeFunction(stack, 'Fn2', { reservedConcurrentExecutions: 1 }), tokenNumber(stack, 'P'));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges raw L1 aliases and escape-hatch overrides', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn', { reservedConcurrentExecutions: 100 });
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('ReservedConcurrentExecutions', 3);
    rawAlias(stack, 'Raw', fn, '1', 4);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
  });
  test('follows an alias in another stack to the function', () => {
    const app = checkedApp();
    const a = envStack(app, 'A');
    const b = envStack(app, 'B');
    const fn = nodeFunction(a, 'Fn', { reservedConcurrentExecutions: 5 });
    alias(b, 'Live', fn, 20);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/A/Fn/Resource']);
  });
  test('reports nothing for an alias of an imported function', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:other');
    rawAlias(stack, 'Raw', imported, '1', 4000);
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
});

describe('ProvisionedConcurrencyAccountTotal', () => {
  const RULE = 'ProvisionedConcurrencyAccountTotal';
  test('rejects provisioned concurrency that, with reserved concurrency, leaves under 100 unreserved', () => {
    const app = checkedApp();
    const a = envStack(app, 'A');
    const b = envStack(app, 'B');
    nodeFunction(a, 'Reserved', { reservedConcurrentExecutions: 500 });
    alias(b, 'Live', nodeFunction(b, 'Fn'), 401);
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/B/Live/Resource']);
    expect(found[0].message).toContain('401, part of 901 executions the app commits');
    expect(findingsOf(app, 'ReservedConcurrencySum')).toHaveLength(0);
  });
  test('accepts exactly 900; provisioned inside reserved concurrency counts once', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    nodeFunction(stack, 'Reserved', { reservedConcurrentExecutions: 500 });
    alias(stack, 'Live', nodeFunction(stack, 'Fn'), 400);
    alias(stack, 'Inside', nodeFunction(stack, 'Fn2', { reservedConcurrentExecutions: 0 }), tokenNumber(stack, 'P'));
    // Another Region is another pool.
    const far = envStack(app, 'Far', { env: { account: '123456789012', region: 'us-east-1' } });
    alias(far, 'Live', nodeFunction(far, 'Fn'), 800);
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges a raw L1 version', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    new lambda.CfnVersion(stack, 'Raw', {
      functionName: nodeFunction(stack, 'Fn').functionName,
      provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 950 },
    });
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
  });
});

describe('ProvisionedConcurrencyLatest', () => {
  const RULE = 'ProvisionedConcurrencyLatest';
  test('rejects provisioned concurrency on an alias of $LATEST, accepts an alias of $LATEST without it', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const fn = nodeFunction(stack, 'Fn');
    rawAlias(stack, 'Latest', fn, '$LATEST', 1);
    new lambda.CfnAlias(stack, 'Plain', { functionName: fn.functionName, functionVersion: '$LATEST', name: 'plain' });
    rawAlias(stack, 'Token', fn, new lambda.Version(stack, 'V', { lambda: fn }).version, 1);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Latest']);
  });
  test('judges an escape-hatch override of an L2 alias', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    const a = alias(stack, 'Live', nodeFunction(stack, 'Fn'), 2);
    (a.node.defaultChild as lambda.CfnAlias).addPropertyOverride('FunctionVersion', '$LATEST');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
