import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionRuntimeArchitecture';

test.each(['go1.x', 'java8', 'python3.7', 'nodejs10.x', 'provided'])('rejects arm64 with the x86-only runtime %s', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime, architectures: ['arm64'], code: { s3Bucket: 'bucket', s3Key: 'code.zip' } });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain(`Architectures is arm64 with runtime '${runtime}'`);
  expect(found[0].message).toContain(`x86_64 only for ${runtime}`);
  expect(found[0].message).toContain('foundation-arch.html');
});

test.each(['nodejs12.x', 'python3.8', 'java8.al2', 'provided.al2', 'ruby2.7'])('accepts arm64 with %s, which supports it', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime, architectures: ['arm64'], code: { s3Bucket: 'bucket', s3Key: 'code.zip' } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts an x86-only runtime on x86_64 (or with no Architectures)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'X86', { runtime: 'go1.x', architectures: ['x86_64'] });
  rawFunction(stack, 'NoArch', { runtime: 'go1.x' });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a runtime that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { runtime: stringToken(stack), architectures: ['arm64'] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 arm64 function', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { architecture: lambda.Architecture.ARM_64 });
  cfnOf(fn).addPropertyOverride('Runtime', 'python3.7');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
