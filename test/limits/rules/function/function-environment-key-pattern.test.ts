import { cfnOf, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionEnvironmentKeyPattern';

test.each(['1BAD', 'BAD-KEY', 'A', '_LEADING', 'HAS SPACE'])('rejects the key %s', (key) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { [key]: 'v' } });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain(`Environment.Variables is key '${key}'`);
  expect(found[0].message).toContain('[a-zA-Z][a-zA-Z0-9_]+');
  expect(found[0].message).toContain('configuration-envvars.html');
});

test.each(['AB', 'a1', 'MY_VAR_2'])('accepts the key %s', (key) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { [key]: 'v' } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an environment map that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  cfnOf(fn).addPropertyOverride('Environment.Variables', stringToken(stack));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { environment: { GOOD: 'v' } });
  cfnOf(fn).addPropertyOverride('Environment.Variables.9LIVES', 'v');
  expect(findingsOf(app, RULE).map(f => f.message)).toEqual([expect.stringContaining("key '9LIVES'")]);
});
