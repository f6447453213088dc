import { CfnParameter, Size, Token } from 'aws-cdk-lib';
import { cfnFunction, distributionWith, edgeApp, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeEphemeralStorage';

test('reports ephemeral storage above 512 MB', () => {
  const { app } = edgeApp({ ephemeralStorageSize: Size.mebibytes(513) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('EphemeralStorage.Size is 513 MB; the limit is 512 MB');
});

test('accepts 512 MB', () => {
  const { app } = edgeApp({ ephemeralStorageSize: Size.mebibytes(512) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a size that is a token', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const size = new CfnParameter(stack, 'Size', { type: 'Number' });
  const fn = nodeFunction(stack, 'Fn');
  cfnFunction(fn).addPropertyOverride('EphemeralStorage.Size', Token.asNumber(size.value));
  distributionWith(stack, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('EphemeralStorage', { Size: 2048 });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
