import { cfnOf, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionEnvironmentSize';

test('rejects keys plus values over 4,096 bytes with value, limit and link', () => {
  const app = checkedApp();
  // 'BIG' (3 bytes) + 4,094 bytes = 4,097 bytes
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { BIG: 'x'.repeat(4094) } });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Environment.Variables is 4,097 bytes in 1 variable');
  expect(found[0].message).toContain('4,096 bytes (4 KB)');
  expect(found[0].message).toContain('configuration-envvars.html');
});

test('accepts exactly 4,096 bytes of keys and values', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { BIG: 'x'.repeat(4093) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('counts UTF-8 bytes, not characters', () => {
  const app = checkedApp();
  // 'KEY' (3) + 2,047 x 'é' (2 bytes each) = 4,097 bytes, in 2,050 characters
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { KEY: 'é'.repeat(2047) } });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('skips values that are tokens (counted as zero)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn', { environment: { TOKEN: stringToken(stack), SMALL: 'x'.repeat(4000) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { environment: { A: 'b' } });
  cfnOf(fn).addPropertyOverride('Environment.Variables.HUGE', 'y'.repeat(5000));
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
