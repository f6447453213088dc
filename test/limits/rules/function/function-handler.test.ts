import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionHandler';

test('rejects a 129-character handler with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { handler: `index.${'h'.repeat(123)}` });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('(129 characters)');
  expect(found[0].message).toContain('1-128 characters');
  expect(found[0].message).toContain('aws-resource-lambda-function.html');
});

test.each(['index handler', 'index.handler\n', ''])('rejects the handler %p', (handler) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { handler });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('accepts a 128-character handler', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { handler: `index.${'h'.repeat(122)}` });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips container images and handlers that are tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Image', { packageType: 'Image', code: { imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/r:1' }, runtime: undefined, handler: 'has space' });
  nodeFunction(stack, 'Token', { handler: stringToken(stack) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('Handler', 'index. handler');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
