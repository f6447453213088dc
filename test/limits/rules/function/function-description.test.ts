import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionDescription';

test('rejects 257 characters with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { description: 'd'.repeat(257) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Description is 257 characters; the limit is 256 characters');
  expect(found[0].message).toContain('aws-resource-lambda-function.html');
});

test('accepts exactly 256 characters', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { description: 'd'.repeat(256) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a description that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn', { description: stringToken(stack) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { description: 'short' });
  cfnOf(fn).addPropertyOverride('Description', 'x'.repeat(300));
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
