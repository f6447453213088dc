import { CfnParameter, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'CloudFrontFunctionRuntime';

function rawFunction(stack: Stack, runtime: string): cloudfront.CfnFunction {
  return new cloudfront.CfnFunction(stack, 'Raw', {
    name: 'raw',
    functionCode: 'function handler(event) { return event.request; }',
    functionConfig: { comment: 'raw', runtime },
  });
}

test('reports an unknown runtime', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'cloudfront-js-3.0');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('FunctionConfig.Runtime is cloudfront-js-3.0; the limit is cloudfront-js-1.0 or cloudfront-js-2.0');
});

test.each(['cloudfront-js-1.0', 'cloudfront-js-2.0'])('accepts %s', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), runtime);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a runtime that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, new CfnParameter(stack, 'Runtime').valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 function', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = new cloudfront.Function(stack, 'Fn', { code: cloudfront.FunctionCode.fromInline('function handler(e) { return e.request; }') });
  (fn.node.defaultChild as cloudfront.CfnFunction).addPropertyOverride('FunctionConfig.Runtime', 'nodejs22.x');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
