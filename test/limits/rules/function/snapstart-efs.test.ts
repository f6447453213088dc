import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, javaFunction, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SnapStartEfs';
const SNAP = { applyOn: 'PublishedVersions' };
const S3 = { s3Bucket: 'code-bucket', s3Key: 'code.zip' };
const EFS = [{ arn: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0', localMountPath: '/mnt/data' }];

test('rejects EFS on a SnapStart function (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime: 'java21', code: S3, snapStart: SNAP, fileSystemConfigs: EFS });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('FileSystemConfigs is 1 file system with SnapStart on');
  expect(found[0].message).toContain('snapstart.html');
});

test('accepts EFS without SnapStart, and SnapStart with an empty FileSystemConfigs', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Efs', { runtime: 'java21', code: S3, fileSystemConfigs: EFS });
  rawFunction(stack, 'Snap', { runtime: 'java21', code: S3, snapStart: SNAP, fileSystemConfigs: [] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a SnapStart setting that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { runtime: 'java21', code: S3, snapStart: { applyOn: stringToken(stack) }, fileSystemConfigs: EFS });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 SnapStart function', () => {
  const app = checkedApp();
  const fn = javaFunction(envStack(app, 'S'), 'Fn', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  cfnOf(fn).addPropertyOverride('FileSystemConfigs', [{ Arn: EFS[0].arn, LocalMountPath: '/mnt/data' }]);
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
