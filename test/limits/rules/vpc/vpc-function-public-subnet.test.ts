import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'VpcFunctionPublicSubnet';

function vpcApp() {
  const app = checkedApp();
  const network = envStack(app, 'Network');
  const vpc = new ec2.Vpc(network, 'Vpc', { maxAzs: 2, natGateways: 1 });
  return { app, network, vpc };
}

test('reports a function placed in public subnets of a VPC in another stack (allowPublicSubnet)', () => {
  const { app, vpc } = vpcApp();
  const stack = envStack(app, 'Service');
  nodeFunction(stack, 'Fn', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC }, allowPublicSubnet: true });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].path).toBe('/Service/Fn/Resource');
  expect(found[0].message).toContain('VpcConfig.SubnetIds is 2 of 2 subnet(s) public (Network/Vpc/PublicSubnet1/Subnet, Network/Vpc/PublicSubnet2/Subnet)');
  expect(found[0].message).toContain('allowPublicSubnet');
  expect(found[0].message).toContain('configuration-vpc-internet.html');
});

test('accepts private subnets with a NAT gateway', () => {
  const { app, vpc } = vpcApp();
  nodeFunction(envStack(app, 'Service'), 'Fn', { vpc });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips subnets that are tokens or imported ids', () => {
  const { app, network } = vpcApp();
  const fn = nodeFunction(network, 'Fn');
  const subnets = new CfnParameter(network, 'Subnets');
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', {
    SubnetIds: Fn.split(',', subnets.valueAsString), SecurityGroupIds: ['sg-1'],
  });
  const other = nodeFunction(network, 'Other');
  (other.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', { SubnetIds: ['subnet-123'], SecurityGroupIds: ['sg-1'] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override that moves a function into a public subnet', () => {
  const { app, network, vpc } = vpcApp();
  const fn = nodeFunction(network, 'Fn', { vpc });
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig.SubnetIds', [vpc.publicSubnets[0].subnetId]);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('1 of 1 subnet(s) public');
});
