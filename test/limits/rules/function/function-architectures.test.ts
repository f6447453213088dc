import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionArchitectures';

test('rejects two architectures (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { architectures: ['x86_64', 'arm64'] });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Architectures is 2 items [x86_64, arm64]; the limit is exactly 1 item');
  expect(found[0].message).toContain('foundation-arch.html');
});

test('rejects an empty list and an unknown architecture', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Empty', { architectures: [] });
  rawFunction(stack, 'Unknown', { architectures: ['aarch64'] });
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Empty', '/S/Unknown']);
});

test.each([lambda.Architecture.ARM_64, lambda.Architecture.X86_64])('accepts exactly one architecture (%s)', (architecture) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { architecture });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an architecture that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { architectures: [stringToken(stack)] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { architecture: lambda.Architecture.ARM_64 });
  cfnOf(fn).addPropertyOverride('Architectures', ['arm64', 'x86_64']);
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
