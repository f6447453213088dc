import * as lambda from 'aws-cdk-lib/aws-lambda';
import { javaFunction, numberToken, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SnapStartProvisionedConcurrency';
const SNAP = { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS };

test('rejects an alias with provisioned concurrency on a SnapStart function, with value, limit and link', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = javaFunction(stack, 'Fn', SNAP);
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toBe('/S/Live/Resource');
  expect(found[0].message).toContain('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions is 5 on an alias of S/Fn/Resource');
  expect(found[0].message).toContain('no provisioned concurrency on a SnapStart function');
  expect(found[0].message).toContain('snapstart.html');
});

test('rejects a version with provisioned concurrency, and an alias in another stack of the app', () => {
  const app = checkedApp();
  const functions = envStack(app, 'Functions');
  const fn = javaFunction(functions, 'Fn', SNAP);
  new lambda.Version(functions, 'V1', { lambda: fn, provisionedConcurrentExecutions: 2 });
  const traffic = envStack(app, 'Traffic');
  const version = new lambda.Version(traffic, 'V2', { lambda: fn });
  new lambda.Alias(traffic, 'Live', { aliasName: 'live', version, provisionedConcurrentExecutions: 3 });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path).sort()).toEqual(['/Functions/V1/Resource', '/Traffic/Live/Resource']);
});

test('accepts a SnapStart function whose alias has no provisioned concurrency, and provisioned concurrency without SnapStart', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const snap = javaFunction(stack, 'Snap', SNAP);
  new lambda.Alias(stack, 'SnapLive', { aliasName: 'live', version: snap.currentVersion });
  const plain = javaFunction(stack, 'Plain');
  new lambda.Alias(stack, 'PlainLive', { aliasName: 'live', version: plain.currentVersion, provisionedConcurrentExecutions: 10 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('reports provisioned concurrency given as a token (the setting exists whatever its value)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = javaFunction(stack, 'Fn', SNAP);
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: numberToken(stack) });
  expect(findingsOf(app, RULE).map(f => f.message)).toEqual([expect.stringContaining('is set (value unknown at synth) on an alias')]);
});

test('judges SnapStart switched on through an escape hatch, and raw L1 versions', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = javaFunction(stack, 'Fn');
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('SnapStart', { ApplyOn: 'PublishedVersions' });
  new lambda.CfnVersion(stack, 'RawVersion', {
    functionName: fn.functionName,
    provisionedConcurrencyConfig: { provisionedConcurrentExecutions: 1 },
  });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/RawVersion']);
});

test('skips a SnapStart setting that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = javaFunction(stack, 'Fn');
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('SnapStart', { ApplyOn: stringToken(stack) });
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
