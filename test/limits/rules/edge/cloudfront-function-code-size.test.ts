import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'CloudFrontFunctionCodeSize';

function cfFunction(stack: Stack, code: string): cloudfront.Function {
  return new cloudfront.Function(stack, 'Fn', { code: cloudfront.FunctionCode.fromInline(code) });
}

test('reports code above 10 KB', () => {
  const app = checkedApp();
  cfFunction(envStack(app, 'S'), 'x'.repeat(10_241));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S/Fn/Resource');
  expect(found[0].message).toContain('FunctionCode is 10,241 bytes (UTF-8); the limit is 10,240 bytes');
  expect(found[0].message).toContain('cloudfront-limits.html#limits-functions');
});

test('counts UTF-8 bytes, not characters', () => {
  const app = checkedApp();
  cfFunction(envStack(app, 'S'), 'é'.repeat(5_121));
  expect(findingsOf(app, RULE)).toHaveLength(1);
});

test('accepts exactly 10 KB', () => {
  const app = checkedApp();
  cfFunction(envStack(app, 'S'), 'x'.repeat(10_240));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips code that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const code = new CfnParameter(stack, 'Code');
  const fn = cfFunction(stack, 'x');
  (fn.node.defaultChild as cloudfront.CfnFunction).addPropertyOverride('FunctionCode', code.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override and a raw L1 function', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = cfFunction(stack, 'x');
  (fn.node.defaultChild as cloudfront.CfnFunction).addPropertyOverride('FunctionCode', 'y'.repeat(20_000));
  new cloudfront.CfnFunction(stack, 'Raw', {
    name: 'raw',
    functionCode: 'z'.repeat(12_000),
    functionConfig: { comment: 'raw', runtime: 'cloudfront-js-2.0' },
  });
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Fn/Resource', '/S/Raw']);
});
