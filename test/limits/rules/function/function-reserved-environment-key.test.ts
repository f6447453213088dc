import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionReservedEnvironmentKey';

test.each(['AWS_REGION', '_HANDLER', 'AWS_LAMBDA_FUNCTION_NAME', 'LAMBDA_TASK_ROOT'])('rejects the reserved key %s set through an escape hatch', (key) => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn', { environment: { OK: 'v' } });
  cfnOf(fn).addPropertyOverride(`Environment.Variables.${key}`, 'x');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain(`Environment.Variables is key '${key}'`);
  expect(found[0].message).toContain('reserved');
  expect(found[0].message).toContain('configuration-envvars.html');
});

test('rejects a reserved key on a raw L1 function', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { environment: { variables: { AWS_SECRET_ACCESS_KEY: 'x' } } });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn']);
});

test.each(['AWS_REGION_NAME', 'aws_region', 'MY_HANDLER'])('accepts the near-miss key %s', (key) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { environment: { [key]: 'v' } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an environment map that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { environment: { variables: stringToken(stack) as unknown as { [key: string]: string } } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
