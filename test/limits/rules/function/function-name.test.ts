import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionName';

test('rejects a 65-character name with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { functionName: 'a'.repeat(65) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('(65 characters)');
  expect(found[0].message).toContain('1-64 characters matching [a-zA-Z0-9-_]+');
  expect(found[0].message).toContain('aws-resource-lambda-function.html');
});

test.each(['has space', 'dot.name', 'slash/name', ''])('rejects the name %p', (functionName) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { functionName });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('accepts a 64-character name of letters, digits, - and _', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { functionName: `${'a'.repeat(60)}-_9Z` });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a name that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn', { functionName: stringToken(stack) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { functionName: 'fine' });
  cfnOf(fn).addPropertyOverride('FunctionName', 'not fine!');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
