import { CfnParameter } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import { cfnFunction, distributionWith, edgeApp, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf } from '../../helpers';

const RULE = 'EdgeContainerImage';

test('reports a container-image function used at the edge', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'edge');
  const fn = new lambda.DockerImageFunction(stack, 'Fn', { code: lambda.DockerImageCode.fromEcr(repo) });
  distributionWith(stack, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('PackageType is Image; the limit is Zip');
});

test('accepts a .zip function', () => {
  const { app } = edgeApp();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a package type that is a token', () => {
  const { app, stack, fn } = edgeApp();
  const type = new CfnParameter(stack, 'PackageType');
  cfnFunction(fn).addPropertyOverride('PackageType', type.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('PackageType', 'Image');
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
