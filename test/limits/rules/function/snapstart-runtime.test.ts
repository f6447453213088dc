import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, javaFunction, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'SnapStartRuntime';
const SNAP = { applyOn: 'PublishedVersions' };
const S3 = { s3Bucket: 'code-bucket', s3Key: 'code.zip' };

test.each(['nodejs22.x', 'java8.al2', 'python3.11', 'dotnet6', 'ruby3.3', 'provided.al2023'])('rejects SnapStart with %s (L1, where the L2 would throw) with value, limit and link', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime, code: S3, snapStart: SNAP });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain(`SnapStart.ApplyOn is PublishedVersions with runtime '${runtime}'`);
  expect(found[0].message).toContain('Java 11+, Python 3.12+ or .NET 8+');
  expect(found[0].message).toContain('snapstart.html');
});

test('rejects SnapStart on a container image, which the L2 does not catch', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new lambda.DockerImageFunction(stack, 'Fn', {
    code: lambda.DockerImageCode.fromEcr(ecr.Repository.fromRepositoryName(stack, 'Repo', 'repo')),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('container image');
});

test.each(['java11', 'java21', 'java17.al2023', 'python3.12', 'python3.13', 'dotnet8', 'dotnet10'])('accepts SnapStart with the edge or later runtime %s', (runtime) => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { runtime, code: S3, snapStart: SNAP });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a runtime that is a token, and functions without SnapStart', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Token', { runtime: stringToken(stack), code: S3, snapStart: SNAP });
  rawFunction(stack, 'NoSnap', { runtime: 'nodejs22.x', snapStart: { applyOn: 'None' } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 Java function', () => {
  const app = checkedApp();
  const fn = javaFunction(envStack(app, 'S'), 'Fn', { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
  cfnOf(fn).addPropertyOverride('Runtime', 'java8.al2');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
