import { CfnParameter } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'CloudFrontFunctionKeyValueStore';

function kvsFunction() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const store = new cloudfront.KeyValueStore(stack, 'Store');
  const fn = new cloudfront.Function(stack, 'Fn', {
    code: cloudfront.FunctionCode.fromInline('function handler(e) { return e.request; }'),
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    keyValueStore: store,
  });
  return { app, stack, cfn: fn.node.defaultChild as cloudfront.CfnFunction };
}

test('reports a KeyValueStore association on cloudfront-js-1.0 made through an escape hatch', () => {
  const { app, cfn } = kvsFunction();
  cfn.addPropertyOverride('FunctionConfig.Runtime', 'cloudfront-js-1.0');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('FunctionConfig.Runtime is cloudfront-js-1.0 with 1 KeyValueStore association(s); the limit is cloudfront-js-2.0');
});

test('accepts a KeyValueStore association on cloudfront-js-2.0', () => {
  const { app } = kvsFunction();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts cloudfront-js-1.0 without a KeyValueStore', () => {
  const app = checkedApp();
  new cloudfront.Function(envStack(app, 'S'), 'Fn', {
    code: cloudfront.FunctionCode.fromInline('function handler(e) { return e.request; }'),
    runtime: cloudfront.FunctionRuntime.JS_1_0,
  });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a runtime that is a token', () => {
  const { app, stack, cfn } = kvsFunction();
  cfn.addPropertyOverride('FunctionConfig.Runtime', new CfnParameter(stack, 'Runtime').valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
