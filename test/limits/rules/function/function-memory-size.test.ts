import { CfnParameter, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionMemorySize';

test('rejects memory above 10,240 MB with path, value, limit and link', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  nodeFunction(stack, 'Fn', { memorySize: 10_241 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S/Fn/Resource');
  expect(found[0].message).toContain('MemorySize is 10241 MB');
  expect(found[0].message).toContain('128-10,240 MB');
  expect(found[0].message).toContain('https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html');
});

test('rejects memory below 128 MB', () => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize: 127 });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test.each([128, 10_240, 1769])('accepts %d MB', (memorySize) => {
  const app = checkedApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a memory size that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const memory = new CfnParameter(stack, 'Memory', { type: 'Number' });
  nodeFunction(stack, 'Fn', { memorySize: Token.asNumber(memory.value) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override and a raw L1 function', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn', { memorySize: 512 });
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('MemorySize', 20_000);
  new lambda.CfnFunction(stack, 'Raw', {
    role: 'arn:aws:iam::123456789012:role/r',
    code: { zipFile: 'x' },
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    memorySize: 64,
  });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path).sort()).toEqual(['/S/Fn/Resource', '/S/Raw']);
  expect(found.find(f => f.path === '/S/Fn/Resource')!.message).toContain('20000 MB');
});
