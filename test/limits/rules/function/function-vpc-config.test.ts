import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionVpcConfig';
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(8, '0')}`);

test('rejects 6 security groups and 17 subnets with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { vpcConfig: { securityGroupIds: ids('sg', 6), subnetIds: ids('subnet', 17) } });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.message)).toEqual([
    expect.stringContaining('VpcConfig.SecurityGroupIds is 6 security groups; the limit is 5 security groups'),
    expect.stringContaining('VpcConfig.SubnetIds is 17 subnets; the limit is 16 subnets'),
  ]);
  expect(found[0].message).toContain('configuration-vpc.html');
});

test('accepts exactly 5 security groups and 16 subnets', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { vpcConfig: { securityGroupIds: ids('sg', 5), subnetIds: ids('subnet', 16) } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips lists that are tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = rawFunction(stack, 'Fn');
  fn.addPropertyOverride('VpcConfig', { SecurityGroupIds: { 'Fn::Split': [',', stringToken(stack, 'G')] }, SubnetIds: { 'Fn::Split': [',', stringToken(stack, 'N')] } });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 function', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('VpcConfig', { SecurityGroupIds: ids('sg', 7), SubnetIds: ids('subnet', 2) });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
