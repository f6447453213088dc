import { Size } from 'aws-cdk-lib';
import { cfnOf, numberToken, rawFunction } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionEphemeralStorage';

test('rejects more than 10,240 MB (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { ephemeralStorage: { size: 10_241 } });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('EphemeralStorage.Size is 10241 MB');
  expect(found[0].message).toContain('512-10,240 MB');
  expect(found[0].message).toContain('configuration-ephemeral-storage.html');
});

test('rejects less than 512 MB', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { ephemeralStorage: { size: 511 } });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test.each([512, 10_240])('accepts the edge value %d MB', (mb) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { ephemeralStorageSize: Size.mebibytes(mb) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a size that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { ephemeralStorage: { size: numberToken(stack) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 function', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { ephemeralStorageSize: Size.mebibytes(1024) });
  cfnOf(fn).addPropertyOverride('EphemeralStorage.Size', 20_480);
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
