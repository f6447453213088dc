import { CfnParameter, Fn } from 'aws-cdk-lib';
import { cfnFunction, edgeApp, lambda } from './edge-fixtures';
import { findingsOf } from '../../helpers';

const RULE = 'EdgeArchitecture';

test('reports arm64 set with the L2', () => {
  const { app } = edgeApp({ architecture: lambda.Architecture.ARM_64 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Architectures is arm64; the limit is x86_64');
});

test('accepts x86_64', () => {
  const { app } = edgeApp({ architecture: lambda.Architecture.X86_64 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips architectures that are a token', () => {
  const { app, stack, fn } = edgeApp();
  const arch = new CfnParameter(stack, 'Arch');
  cfnFunction(fn).addPropertyOverride('Architectures', Fn.split(',', arch.valueAsString));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Architectures', ['arm64']);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
