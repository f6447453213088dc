import { CfnParameter } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { cfnFunction, distributionWith, edgeApp, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf } from '../../helpers';

const RULE = 'EdgeRuntime';

test('reports a Java function used at the edge', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.JAVA_21,
    handler: 'example.Handler',
    code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(stack, 'B', 'code'), 'handler.zip'),
  });
  distributionWith(stack, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Runtime is java21');
});

test.each([lambda.Runtime.NODEJS_22_X, lambda.Runtime.PYTHON_3_13])('accepts %s', (runtime) => {
  const { app } = edgeApp({ runtime, handler: 'index.handler' });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a runtime that is a token', () => {
  const { app, stack, fn } = edgeApp();
  const runtime = new CfnParameter(stack, 'Runtime');
  cfnFunction(fn).addPropertyOverride('Runtime', runtime.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Runtime', 'ruby3.3');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
