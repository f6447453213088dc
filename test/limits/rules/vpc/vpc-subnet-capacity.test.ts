import { CfnParameter, Fn, type App, type Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'VpcSubnetCapacity';

/** A VPC with two isolated /28 subnets: 16 - 5 = 11 usable addresses each, 22 in all. */
function smallVpc(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/24'),
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'App', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 }],
  });
}

function build(vpcEniLimit?: number): { app: App; stack: Stack; vpc: ec2.Vpc } {
  const app = checkedApp(vpcEniLimit === undefined ? undefined : { vpcEniLimit });
  const stack = envStack(app, 'Stack');
  return { app, stack, vpc: smallVpc(stack) };
}

function cfn(fn: lambda.Function): lambda.CfnFunction {
  return fn.node.defaultChild as lambda.CfnFunction;
}

test('reports reserved concurrency above the free addresses, naming the subnets, their free counts and the source', () => {
  const { app, stack, vpc } = build();
  nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 23 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('warning');
  expect(found[0].path).toBe('/Stack/Fn/Resource');
  expect(found[0].message).toContain('VpcConfig.SubnetIds is about 22 free IP address(es) in 2 subnet(s)');
  expect(found[0].message).toContain('Stack/Vpc/AppSubnet1/Subnet 10.0.0.0/28: 11 of 11 usable free');
  expect(found[0].message).toContain('Stack/Vpc/AppSubnet2/Subnet 10.0.0.16/28: 11 of 11 usable free');
  expect(found[0].message).toContain('the limit is 23 address(es) the function may need (reserved concurrency 23)');
  expect(found[0].message).toContain('2^(32 - prefix length) - 5');
  expect(found[0].message).toContain('Use larger subnets or more subnets, lower the reserved concurrency, or share security groups');
  expect(found[0].message).toContain('https://docs.aws.amazon.com/lambda/latest/dg/foundation-networking.html');
});

test('accepts free addresses equal to the need', () => {
  const { app, stack, vpc } = build();
  nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 22 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('uses the vpcEniLimit setting when the function has no reserved concurrency', () => {
  const atQuota = build(22);
  nodeFunction(atQuota.stack, 'Fn', { vpc: atQuota.vpc });
  expect(findingsOf(atQuota.app, RULE)).toHaveLength(0);

  const aboveQuota = build(23);
  nodeFunction(aboveQuota.stack, 'Fn', { vpc: aboveQuota.vpc });
  const found = findingsOf(aboveQuota.app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('the limit is 23 address(es) the function may need (no reserved concurrency: the VPC ENI quota, 23)');
});

test('caps reserved concurrency at the VPC ENI quota', () => {
  const { app, stack, vpc } = build(20);
  nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 500 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips reserved concurrency that is a token', () => {
  const { app, stack, vpc } = build();
  const reserved = new CfnParameter(stack, 'Reserved', { type: 'Number' });
  nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: reserved.valueAsNumber });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips subnets whose CIDR block is a token', () => {
  const { app, stack, vpc } = build();
  nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 100 });
  const cidr = new CfnParameter(stack, 'Cidr');
  (vpc.isolatedSubnets[0].node.defaultChild as ec2.CfnSubnet).addPropertyOverride('CidrBlock', cidr.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips functions with a subnet the app does not define', () => {
  const { app, stack, vpc } = build();
  const imported = ec2.Subnet.fromSubnetAttributes(stack, 'Imported', { subnetId: 'subnet-0123456789abcdef0', routeTableId: 'rtb-1' });
  nodeFunction(stack, 'Fn', { vpc, vpcSubnets: { subnets: [vpc.isolatedSubnets[0], imported] }, reservedConcurrentExecutions: 100 });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips subnets that are a token list', () => {
  const { app, stack, vpc } = build();
  const fn = nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 100 });
  const subnets = new CfnParameter(stack, 'Subnets');
  cfn(fn).addPropertyOverride('VpcConfig.SubnetIds', Fn.split(',', subnets.valueAsString));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('reports reserved concurrency set through an escape hatch', () => {
  const { app, stack, vpc } = build();
  const fn = nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 5 });
  cfn(fn).addPropertyOverride('ReservedConcurrentExecutions', 40);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('(reserved concurrency 40)');
});

/** A function needing 12 addresses in a VPC whose one isolated subnet is the default size (/18). */
function functionInBigSubnet(): { app: App; big: ec2.Vpc } {
  const app = checkedApp();
  const stack = envStack(app, 'Stack');
  const big = new ec2.Vpc(stack, 'Big', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'App', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  nodeFunction(stack, 'Fn', { vpc: big, reservedConcurrentExecutions: 12 });
  return { app, big };
}

test('reports a subnet CIDR block narrowed through an escape hatch', () => {
  const { app, big } = functionInBigSubnet();
  (big.isolatedSubnets[0].node.defaultChild as ec2.CfnSubnet).addPropertyOverride('CidrBlock', '10.0.0.0/28');
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Stack/Big/AppSubnet1/Subnet 10.0.0.0/28: 11 of 11 usable free');
});

test('accepts the same function in the VPC\'s own, larger subnet', () => {
  const { app } = functionInBigSubnet();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an L1 function', () => {
  const { app, stack, vpc } = build();
  const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc });
  new lambda.CfnFunction(stack, 'Raw', {
    role: 'arn:aws:iam::123456789012:role/fn',
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    code: { zipFile: 'exports.handler = async () => ({});' },
    reservedConcurrentExecutions: 30,
    vpcConfig: { subnetIds: vpc.isolatedSubnets.map(s => s.subnetId), securityGroupIds: [sg.securityGroupId] },
  });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/Stack/Raw']);
});

describe('other resources in the subnets reduce the free addresses', () => {
  test('a NAT gateway and an interface endpoint', () => {
    const { app, stack, vpc } = build();
    nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 20 });
    new ec2.CfnNatGateway(stack, 'PrivateNat', { subnetId: vpc.isolatedSubnets[0].subnetId, connectivityType: 'private' });
    vpc.addInterfaceEndpoint('Sqs', { service: ec2.InterfaceVpcEndpointAwsService.SQS, subnets: { subnets: vpc.isolatedSubnets } });
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('about 19 free IP address(es)');
    expect(found[0].message).toContain('10.0.0.0/28: 9 of 11 usable free');
    expect(found[0].message).toContain('10.0.0.16/28: 10 of 11 usable free');
  });

  test('a gateway endpoint takes no address', () => {
    const { app, stack, vpc } = build();
    nodeFunction(stack, 'Fn', { vpc, reservedConcurrentExecutions: 22 });
    vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('a function sharing the security group takes no address of its own', () => {
    const { app, stack, vpc } = build();
    const shared = new ec2.SecurityGroup(stack, 'Shared', { vpc });
    nodeFunction(stack, 'Fn', { vpc, securityGroups: [shared], reservedConcurrentExecutions: 22 });
    nodeFunction(stack, 'Sibling', { vpc, securityGroups: [shared], reservedConcurrentExecutions: 1 });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('another function with its own security group takes one address per subnet', () => {
    const { app, stack, vpc } = build();
    const shared = new ec2.SecurityGroup(stack, 'Shared', { vpc });
    nodeFunction(stack, 'Fn', { vpc, securityGroups: [shared], reservedConcurrentExecutions: 21 });
    nodeFunction(stack, 'Sibling', { vpc, securityGroups: [shared], reservedConcurrentExecutions: 1 });
    nodeFunction(stack, 'Other', { vpc, reservedConcurrentExecutions: 1 });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/Stack/Fn/Resource']);
    expect(found[0].message).toContain('about 20 free IP address(es)');
  });
});

test('judges a function in another stack than its VPC (cross-stack reference)', () => {
  const app = checkedApp();
  const network = envStack(app, 'Network');
  const vpc = smallVpc(network);
  const appStack = envStack(app, 'App');
  nodeFunction(appStack, 'Fn', { vpc, reservedConcurrentExecutions: 30 });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toBe('/App/Fn/Resource');
  expect(found[0].message).toContain('Network/Vpc/AppSubnet1/Subnet 10.0.0.0/28');
});
