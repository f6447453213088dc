import { Size } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, javaFunction, numberToken, rawFunction } from './fn-helpers';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SnapStartEphemeralStorage';
const SNAP = { applyOn: 'PublishedVersions' };
const S3 = { s3Bucket: 'code-bucket', s3Key: 'code.zip' };

test('rejects 513 MB of ephemeral storage with SnapStart (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime: 'java21', code: S3, snapStart: SNAP, ephemeralStorage: { size: 513 } });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('EphemeralStorage.Size is 513 MB with SnapStart on; the limit is 512 MB with SnapStart');
  expect(found[0].message).toContain('snapstart.html');
});

test('accepts exactly 512 MB with SnapStart, and 10,240 MB without', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  javaFunction(stack, 'Snap', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS, ephemeralStorageSize: Size.mebibytes(512) });
  javaFunction(stack, 'Big', { ephemeralStorageSize: Size.mebibytes(10_240) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a size that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { runtime: 'java21', code: S3, snapStart: SNAP, ephemeralStorage: { size: numberToken(stack) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 SnapStart function', () => {
  const app = checkedApp();
  const fn = javaFunction(envStack(app, 'S'), 'Fn', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  cfnOf(fn).addPropertyOverride('EphemeralStorage', { Size: 2048 });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
