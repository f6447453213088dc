import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, javaFunction, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SnapStartWithoutVersion';

test('warns about a SnapStart function with no published version, with value, limit and link', () => {
  const app = checkedApp();
  javaFunction(envStack(app, 'S'), 'Fn', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].message).toContain('SnapStart.ApplyOn is PublishedVersions with no AWS::Lambda::Version');
  expect(found[0].message).toContain('snapstart.html');
});

test('accepts a SnapStart function with a version, also when the version is in another stack', () => {
  const app = checkedApp();
  const functions = envStack(app, 'Functions');
  const same = javaFunction(functions, 'Same', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  same.currentVersion;
  const other = javaFunction(functions, 'Other', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  new lambda.Version(envStack(app, 'Versions'), 'V', { lambda: other });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a SnapStart setting that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { runtime: 'java21', code: { s3Bucket: 'code-bucket', s3Key: 'k.zip' }, snapStart: { applyOn: stringToken(stack) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges SnapStart switched on through an escape hatch', () => {
  const app = checkedApp();
  const fn = javaFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('SnapStart.ApplyOn', 'PublishedVersions');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
