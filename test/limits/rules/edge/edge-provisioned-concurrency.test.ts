import { CfnParameter, Token } from 'aws-cdk-lib';
import { distributionWith, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeProvisionedConcurrency';

function setup() {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = nodeFunction(stack, 'Fn');
  return { app, stack, fn };
}

test('reports provisioned concurrency on the associated version', () => {
  const { app, stack, fn } = setup();
  const version = new lambda.Version(stack, 'V', { lambda: fn, provisionedConcurrentExecutions: 2 });
  distributionWith(stack, 'Dist', version);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/Edge/V/Resource');
  expect(found[0].message).toContain('ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions is 2');
});

test('reports provisioned concurrency on an alias of the associated version', () => {
  const { app, stack, fn } = setup();
  const version = new lambda.Version(stack, 'V', { lambda: fn });
  new lambda.Alias(stack, 'Live', { aliasName: 'live', version, provisionedConcurrentExecutions: 1 });
  distributionWith(stack, 'Dist', version);
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/Edge/Live/Resource']);
});

test('accepts an associated version without provisioned concurrency', () => {
  const { app, stack, fn } = setup();
  distributionWith(stack, 'Dist', new lambda.Version(stack, 'V', { lambda: fn }));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a provisioned concurrency that is a token', () => {
  const { app, stack, fn } = setup();
  const pc = new CfnParameter(stack, 'Pc', { type: 'Number' });
  const version = new lambda.Version(stack, 'V', { lambda: fn });
  (version.node.defaultChild as lambda.CfnVersion).addPropertyOverride(
    'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions', Token.asNumber(pc.value));
  distributionWith(stack, 'Dist', version);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, stack, fn } = setup();
  const version = new lambda.Version(stack, 'V', { lambda: fn });
  (version.node.defaultChild as lambda.CfnVersion).addPropertyOverride('ProvisionedConcurrencyConfig', { ProvisionedConcurrentExecutions: 5 });
  distributionWith(stack, 'Dist', version);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
