import { CfnParameter, Fn, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'VpcEniEstimate';

function vpcApp(vpcEniLimit: number) {
  const app = checkedApp({ vpcEniLimit });
  const network = envStack(app, 'Network');
  const vpc = new ec2.Vpc(network, 'Vpc', { maxAzs: 2, natGateways: 1 });
  return { app, network, vpc };
}

/** `count` functions, each with its own security group, in the VPC's two private subnets. */
function functions(stack: Stack, vpc: ec2.IVpc, count: number, prefix = 'Fn'): lambda.Function[] {
  return Array.from({ length: count }, (_, i) => nodeFunction(stack, `${prefix}${i}`, { vpc }));
}

test('reports distinct subnet + security-group combinations above the quota, across stacks', () => {
  const { app, vpc } = vpcApp(3);
  functions(envStack(app, 'A'), vpc, 1, 'A');
  functions(envStack(app, 'B'), vpc, 1, 'B');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].path).toBe('/Network/Vpc/Resource');
  expect(found[0].message).toContain('about 4 (distinct subnet + security-group combinations of 2 function(s))');
  expect(found[0].message).toContain('3 network interfaces per VPC');
});

test('accepts a count equal to the quota', () => {
  const { app, network, vpc } = vpcApp(4);
  functions(network, vpc, 2);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('counts functions that share a security group once per subnet', () => {
  const { app, network, vpc } = vpcApp(2);
  const sg = new ec2.SecurityGroup(network, 'Shared', { vpc });
  for (let i = 0; i < 5; i++) nodeFunction(network, `Fn${i}`, { vpc, securityGroups: [sg] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips functions whose subnets are a token', () => {
  const { app, network, vpc } = vpcApp(2);
  const [fn] = functions(network, vpc, 2);
  const subnets = new CfnParameter(network, 'Subnets');
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig.SubnetIds', Fn.split(',', subnets.valueAsString));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('counts a function moved into the VPC through an escape hatch', () => {
  const { app, network, vpc } = vpcApp(2);
  functions(network, vpc, 1);
  const raw = nodeFunction(network, 'Raw');
  (raw.node.defaultChild as lambda.CfnFunction).addPropertyOverride('VpcConfig', {
    SubnetIds: [vpc.privateSubnets[0].subnetId],
    SecurityGroupIds: ['sg-0123456789abcdef0'],
  });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('about 3');
});
