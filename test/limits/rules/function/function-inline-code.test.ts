import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionInlineCode';
const FOUR_MB = 4 * 1024 * 1024;

test('rejects inline code with a Java runtime (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime: 'java21' });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain("Runtime is 'java21' with inline code (Code.ZipFile)");
  expect(found[0].message).toContain('nodejs* and python*');
  expect(found[0].message).toContain('aws-properties-lambda-function-code.html');
});

test.each(['nodejs22.x', 'python3.13'])('accepts inline code with %s', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('rejects inline code over 4 MB and accepts exactly 4 MB', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Over', { code: { zipFile: 'x'.repeat(FOUR_MB + 1) } });
  rawFunction(stack, 'Edge', { code: { zipFile: 'x'.repeat(FOUR_MB) } });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Over']);
  expect(found[0].message).toContain('Code.ZipFile is 4,194,305 bytes');
});

test('skips inline code and runtimes that are tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Runtime', { runtime: stringToken(stack, 'R') });
  rawFunction(stack, 'Code', { runtime: 'java21', code: { zipFile: stringToken(stack, 'C') } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 function', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('Runtime', 'ruby3.3');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
