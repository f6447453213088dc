import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { cfnFunction, distributionWith, edgeApp, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeVpc';

test('reports an edge function placed in a VPC with the L2', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });
  const fn = nodeFunction(stack, 'Fn', { vpc });
  distributionWith(stack, 'Dist', fn.currentVersion);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('VpcConfig.SubnetIds is 2 subnet(s); the limit is no VPC configuration');
});

test('accepts an edge function outside any VPC', () => {
  const { app } = edgeApp();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips subnets that are a token', () => {
  const { app, stack, fn } = edgeApp();
  const subnets = new CfnParameter(stack, 'Subnets');
  cfnFunction(fn).addPropertyOverride('VpcConfig', { SubnetIds: Fn.split(',', subnets.valueAsString), SecurityGroupIds: ['sg-1'] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('VpcConfig', { SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] });
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
