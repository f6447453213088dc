import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { VpcFunction, VpcNatType, type VpcFunctionProps } from '../../src';
import { findingsOf } from '../limits/helpers';
import { nagErrors, nagViolations } from '../nag';

const functionProps: lambda.FunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
};

const ENI_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];

/** A stack with a VpcFunction; `before` may create resources (e.g. an existing VPC) that props use. */
interface Built { app: App; stack: Stack; vf: VpcFunction; template: () => Template }

function build(props: (stack: Stack) => Partial<VpcFunctionProps> = () => ({})): Built {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
  const vf = new VpcFunction(stack, 'Vf', { functionProps, ...props(stack) });
  return { app, stack, vf, template: () => Template.fromStack(stack) };
}

/** The user's own VPC: public, private-with-egress and isolated subnets in 2 AZs. */
function userVpc(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'UserVpc', {
    maxAzs: 2,
    natGateways: 1,
    subnetConfiguration: [
      { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
      { name: 'App', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
    flowLogs: { All: {} },
  });
}

function refsOf(stack: Stack, subnets: readonly ec2.ISubnet[]): unknown[] {
  return subnets.map(s => stack.resolve(s.subnetId));
}

describe('VpcFunction with the VPC it creates (defaults)', () => {
  const { stack, vf, template } = build();
  const t = template();

  test('snapshot of the default', () => {
    expect(t.toJSON()).toMatchSnapshot();
  });

  test('2 AZs: 2 public subnets without auto-assigned public IPs and 2 private subnets with egress', () => {
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EC2::Subnet', 4);
    t.resourcePropertiesCountIs('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false, CidrBlock: Match.stringLikeRegexp('/24$') }, 2);
    t.resourcePropertiesCountIs('AWS::EC2::Subnet', { CidrBlock: Match.stringLikeRegexp('/20$') }, 2);
    expect(vf.vpc.privateSubnets).toHaveLength(2);
    expect(vf.vpc.isolatedSubnets).toHaveLength(0);
  });

  test('one NAT gateway, and both private subnets route through it', () => {
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    t.resourceCountIs('AWS::EC2::Instance', 0);
    t.resourcePropertiesCountIs('AWS::EC2::Route', { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: Match.anyValue() }, 2);
  });

  test('flow logs of all traffic to a CloudWatch log group with a one-month retention', () => {
    t.hasResourceProperties('AWS::EC2::FlowLog', {
      ResourceType: 'VPC',
      TrafficType: 'ALL',
      LogDestinationType: 'cloud-watch-logs',
      LogGroupName: { Ref: Match.stringLikeRegexp('^VfVpcFlowLogs') },
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    t.resourcePropertiesCountIs('AWS::Logs::LogGroup', { RetentionInDays: 30 }, 2);
  });

  test('the default security group is closed', () => {
    t.resourceCountIs('Custom::VpcRestrictDefaultSG', 1);
  });

  test('S3 and DynamoDB gateway endpoints on the route tables of the function subnets', () => {
    const routeTables = vf.vpc.privateSubnets.map(s => stack.resolve(s.routeTable.routeTableId));
    for (const service of ['s3', 'dynamodb']) {
      t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Gateway',
        ServiceName: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([`.${service}`])] }),
        RouteTableIds: routeTables,
      });
    }
    t.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Interface' }, 0);
  });

  test('the function is in the private subnets, with the pattern defaults', () => {
    t.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      VpcConfig: {
        SubnetIds: refsOf(stack, vf.vpc.privateSubnets),
        SecurityGroupIds: [stack.resolve(vf.securityGroup.securityGroupId)],
      },
    });
  });

  test('its security group has no inbound rules and allows all outbound', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Function Stack/Vf: no inbound rules',
      SecurityGroupIngress: Match.absent(),
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '0.0.0.0/0', IpProtocol: '-1' })],
    });
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    expect(vf.connections.securityGroups).toEqual([vf.securityGroup]);
  });

  test('ENI permissions are an inline policy the function depends on, and no managed policy is attached', () => {
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: ENI_ACTIONS, Effect: 'Allow', Resource: '*' }] },
      Roles: [stack.resolve((vf.function.role as iam.Role).roleName)],
    });
    const fn = t.findResources('AWS::Lambda::Function');
    const dependsOn = Object.values(fn)[0].DependsOn as string[];
    expect(dependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^VfNetworkInterfacePolicy/)]));
    for (const role of Object.values(t.findResources('AWS::IAM::Role'))) {
      expect(JSON.stringify(role.Properties.ManagedPolicyArns ?? [])).not.toContain('AWSLambdaVPCAccessExecutionRole');
    }
  });

  test('no error left by cdk-nag AwsSolutions and Serverless', () => {
    expect(nagErrors(build().app)).toEqual([]);
  });
});

describe('VpcFunction NAT choices', () => {
  test('natGateways: 2 puts one NAT gateway in each AZ', () => {
    const t = build(() => ({ natGateways: 2 })).template();
    t.resourceCountIs('AWS::EC2::NatGateway', 2);
  });

  test('NAT instances: a t4g.nano with an encrypted root volume, open only to the private subnets', () => {
    const { stack, vf, template } = build(() => ({ natType: VpcNatType.INSTANCE }));
    const t = template();
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.resourceCountIs('AWS::EC2::Instance', 1);
    t.hasResourceProperties('AWS::EC2::Instance', {
      InstanceType: 't4g.nano',
      SourceDestCheck: false,
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeType: 'gp3' } }],
    });
    const natSg = Object.values(t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('NAT') } }));
    expect(natSg).toHaveLength(1);
    const ingress = natSg[0].Properties.SecurityGroupIngress as { CidrIp: string; IpProtocol: string }[];
    expect(ingress.map(rule => rule.CidrIp).sort()).toEqual(vf.vpc.privateSubnets.map(s => stack.resolve(s.ipv4CidrBlock)).sort());
    expect(ingress.every(rule => rule.IpProtocol === '-1')).toBe(true);
  });

  test('natInstanceType sets the NAT instance type', () => {
    const t = build(() => ({ natType: VpcNatType.INSTANCE, natInstanceType: new ec2.InstanceType('t3.micro'), natGateways: 2 })).template();
    t.resourcePropertiesCountIs('AWS::EC2::Instance', { InstanceType: 't3.micro' }, 2);
  });

  test('NAT instances leave no cdk-nag error (EC28/EC29 acknowledged with reasons, EC23/EC26 fixed)', () => {
    expect(nagErrors(build(() => ({ natType: VpcNatType.INSTANCE })).app)).toEqual([]);
  });

  test('flowLogRetention sets the flow log group retention', () => {
    const t = build(() => ({ flowLogRetention: logs.RetentionDays.ONE_YEAR })).template();
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365 });
  });

  test('a token natGateways is not validated', () => {
    expect(() => build(stack => ({ natGateways: new CfnParameter(stack, 'Nats', { type: 'Number' }).valueAsNumber }))).not.toThrow();
  });
});

describe('VpcFunction without internet access', () => {
  const { stack, vf, template } = build(() => ({ internetAccess: false }));
  const t = template();

  test('isolated subnets only: no NAT, no internet gateway, no public subnet', () => {
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.resourceCountIs('AWS::EC2::InternetGateway', 0);
    t.resourceCountIs('AWS::EC2::Subnet', 2);
    expect(vf.vpc.isolatedSubnets).toHaveLength(2);
    t.hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SubnetIds: refsOf(stack, vf.vpc.isolatedSubnets) } });
  });

  test('keeps the S3 and DynamoDB gateway endpoints and the flow log', () => {
    t.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Gateway' }, 2);
    t.resourceCountIs('AWS::EC2::FlowLog', 1);
  });

  test('gatewayEndpoints: false leaves them out', () => {
    build(() => ({ internetAccess: false, gatewayEndpoints: false })).template().resourceCountIs('AWS::EC2::VPCEndpoint', 0);
  });

  test('no cdk-nag error; NIST 800-53 R5 LambdaInsideVPC passes', () => {
    expect(nagErrors(build(() => ({ internetAccess: false })).app)).toEqual([]);
    const nist = nagViolations(build(() => ({ internetAccess: false })).app, ['NIST.800.53.R5']);
    expect(nist.map(v => v.rule)).not.toContain('NIST.800.53.R5-LambdaInsideVPC');
  });
});

describe('VpcFunction in an existing VPC', () => {
  test('uses its private subnets with egress; creates no VPC, NAT, flow log or gateway endpoint of its own', () => {
    let vpc: ec2.Vpc | undefined;
    const { stack, vf, template } = build(s => ({ vpc: vpc = userVpc(s) }));
    const t = template();
    expect(vf.vpc).toBe(vpc);
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    t.resourceCountIs('AWS::EC2::FlowLog', 1);
    expect(vf.node.findAll().filter(c => c instanceof ec2.CfnFlowLog || c instanceof ec2.CfnNatGateway)).toEqual([]);
    t.resourceCountIs('AWS::EC2::VPCEndpoint', 0);
    t.hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SubnetIds: refsOf(stack, vpc!.privateSubnets) } });
  });

  test('internetAccess: false uses its isolated subnets', () => {
    let vpc: ec2.Vpc | undefined;
    const { stack, template } = build(s => ({ vpc: vpc = userVpc(s), internetAccess: false }));
    template().hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SubnetIds: refsOf(stack, vpc!.isolatedSubnets) } });
  });

  test('vpcSubnets narrows the selection', () => {
    let vpc: ec2.Vpc | undefined;
    const { stack, template } = build(s => {
      vpc = userVpc(s);
      return { vpc, vpcSubnets: { subnets: [vpc.privateSubnets[0]] } };
    });
    template().hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SubnetIds: refsOf(stack, [vpc!.privateSubnets[0]]) } });
  });

  test('gatewayEndpoints: true adds S3 and DynamoDB endpoints on the function subnets\' route tables', () => {
    let vpc: ec2.Vpc | undefined;
    const { stack, template } = build(s => ({ vpc: vpc = userVpc(s), gatewayEndpoints: true }));
    const routeTables = vpc!.privateSubnets.map(s => stack.resolve(s.routeTable.routeTableId));
    template().resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Gateway', RouteTableIds: routeTables }, 2);
  });

  test('an imported subnet the VPC does not classify is accepted as given', () => {
    const { stack, template } = build(s => ({
      vpc: ec2.Vpc.fromVpcAttributes(s, 'Imported', { vpcId: 'vpc-1', availabilityZones: ['eu-west-1a'], privateSubnetIds: ['subnet-a'] }),
      vpcSubnets: { subnets: [ec2.Subnet.fromSubnetAttributes(s, 'Other', { subnetId: 'subnet-b', availabilityZone: 'eu-west-1b' })] },
    }));
    expect(stack.node.tryFindChild('Vf')).toBeDefined();
    template().hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SubnetIds: ['subnet-b'] } });
  });
});

describe('VpcFunction security groups and endpoints', () => {
  test('allowAllOutbound: false with egressRules allows only those peers and ports', () => {
    const t = build(() => ({
      allowAllOutbound: false,
      egressRules: [
        { peer: ec2.Peer.ipv4('10.1.0.0/16'), port: ec2.Port.tcp(5432), description: 'Postgres' },
        { peer: ec2.Peer.prefixList('pl-6da54004'), port: ec2.Port.tcp(443) },
      ],
    })).template();
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Function Stack/Vf: no inbound rules',
      SecurityGroupEgress: [{ CidrIp: '10.1.0.0/16', Description: 'Postgres', FromPort: 5432, ToPort: 5432, IpProtocol: 'tcp' }],
    });
    // aws-cdk-lib renders prefix-list rules as separate resources.
    t.resourceCountIs('AWS::EC2::SecurityGroupEgress', 1);
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      DestinationPrefixListId: 'pl-6da54004', Description: 'Outbound to pl-6da54004 on 443', FromPort: 443, ToPort: 443, IpProtocol: 'tcp',
    });
  });

  test('allowAllOutbound: false without rules allows nothing out', () => {
    const t = build(() => ({ allowAllOutbound: false })).template();
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      GroupDescription: 'Function Stack/Vf: no inbound rules',
      SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32' })],
    });
  });

  test('an existing securityGroup is used as is', () => {
    let sg: ec2.SecurityGroup | undefined;
    const { stack, vf, template } = build(s => {
      const vpc = userVpc(s);
      sg = new ec2.SecurityGroup(s, 'Mine', { vpc });
      return { vpc, securityGroup: sg };
    });
    expect(vf.securityGroup).toBe(sg);
    template().hasResourceProperties('AWS::Lambda::Function', { VpcConfig: { SecurityGroupIds: [stack.resolve(sg!.securityGroupId)] } });
    expect(vf.node.tryFindChild('SecurityGroup')).toBeUndefined();
  });

  test('connections lets a database accept the function in one line', () => {
    const { stack, vf, template } = build();
    const db = new ec2.SecurityGroup(stack, 'Db', { vpc: vf.vpc });
    db.connections.allowFrom(vf, ec2.Port.tcp(5432));
    template().hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      GroupId: stack.resolve(db.securityGroupId),
      SourceSecurityGroupId: stack.resolve(vf.securityGroup.securityGroupId),
      FromPort: 5432,
    });
  });

  test('interface endpoints: private DNS, one subnet per AZ, HTTPS only from the function', () => {
    const { stack, vf, template } = build(s => {
      const vpc = userVpc(s);
      return { vpc, interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER, ec2.InterfaceVpcEndpointAwsService.SQS] };
    });
    const t = template();
    t.resourcePropertiesCountIs('AWS::EC2::VPCEndpoint', {
      VpcEndpointType: 'Interface',
      PrivateDnsEnabled: true,
      SubnetIds: refsOf(stack, vf.vpc.privateSubnets),
    }, 2);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { ServiceName: 'com.amazonaws.eu-west-1.secretsmanager' });
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { ServiceName: 'com.amazonaws.eu-west-1.sqs' });
    const endpointSg = t.findResources('AWS::EC2::SecurityGroup', { Properties: { GroupDescription: Match.stringLikeRegexp('^Interface endpoints') } });
    expect(Object.keys(endpointSg)).toHaveLength(1);
    expect(Object.values(endpointSg)[0].Properties.SecurityGroupIngress).toBeUndefined();
    t.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      GroupId: { 'Fn::GetAtt': [Object.keys(endpointSg)[0], 'GroupId'] },
      SourceSecurityGroupId: stack.resolve(vf.securityGroup.securityGroupId),
      IpProtocol: 'tcp',
      FromPort: 443,
      ToPort: 443,
    });
  });

  test('with restricted egress, the function may reach the endpoints on HTTPS', () => {
    const { stack, template } = build(() => ({ allowAllOutbound: false, interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SQS] }));
    template().hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      GroupId: stack.resolve((stack.node.findChild('Vf').node.findChild('SecurityGroup') as ec2.SecurityGroup).securityGroupId),
      FromPort: 443,
      ToPort: 443,
    });
  });

  test('interface endpoints leave no cdk-nag error', () => {
    expect(nagErrors(build(() => ({ interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SQS] })).app)).toEqual([]);
  });
});

describe('VpcFunction with a role of the user', () => {
  test('the ENI statement goes to the given role\'s default policy, which the function depends on', () => {
    let role: iam.Role | undefined;
    const { stack, template } = build(s => {
      role = new iam.Role(s, 'Mine', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
      return { functionProps: { ...functionProps, role } };
    });
    const t = template();
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Action: ENI_ACTIONS, Effect: 'Allow', Resource: '*' }]) },
      Roles: [stack.resolve(role!.roleName)],
    });
    const dependsOn = Object.values(t.findResources('AWS::Lambda::Function'))[0].DependsOn as string[];
    expect(dependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^MineDefaultPolicy/)]));
    expect(Object.keys(t.findResources('AWS::IAM::Policy')).filter(k => k.startsWith('VfNetworkInterfacePolicy'))).toEqual([]);
  });

  test('an immutable role is left untouched', () => {
    const { template } = build(s => ({
      functionProps: { ...functionProps, role: iam.Role.fromRoleArn(s, 'Imported', 'arn:aws:iam::123456789012:role/ops', { mutable: false }) },
    }));
    const policies = JSON.stringify(template().findResources('AWS::IAM::Policy'));
    expect(policies).not.toContain('ec2:CreateNetworkInterface');
  });
});

describe('VpcFunction with EFS', () => {
  function withEfs(extra: (stack: Stack) => Partial<VpcFunctionProps> = () => ({})) {
    let accessPoint: efs.AccessPoint | undefined;
    let fileSystem: efs.FileSystem | undefined;
    const built = build(s => {
      const vpc = userVpc(s);
      fileSystem = new efs.FileSystem(s, 'Fs', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } });
      accessPoint = fileSystem.addAccessPoint('Ap', { path: '/lambda', createAcl: { ownerGid: '1001', ownerUid: '1001', permissions: '750' }, posixUser: { gid: '1001', uid: '1001' } });
      return { vpc, efsAccessPoint: accessPoint, ...extra(s) };
    });
    return { ...built, accessPoint: accessPoint!, fileSystem: fileSystem! };
  }

  test('mounts the access point at /mnt/efs by default, after the mount targets exist', () => {
    const { stack, accessPoint, template } = withEfs();
    const t = template();
    t.hasResourceProperties('AWS::Lambda::Function', {
      FileSystemConfigs: [{ Arn: stack.resolve(accessPoint.accessPointArn), LocalMountPath: '/mnt/efs' }],
    });
    const dependsOn = Object.values(t.findResources('AWS::Lambda::Function'))[0].DependsOn as string[];
    expect(dependsOn.filter(d => d.includes('EfsMountTarget'))).toHaveLength(2);
  });

  test('efsMountPath sets the mount path', () => {
    withEfs(() => ({ efsMountPath: '/mnt/data' })).template().hasResourceProperties('AWS::Lambda::Function', {
      FileSystemConfigs: [Match.objectLike({ LocalMountPath: '/mnt/data' })],
    });
  });

  test('a token efsMountPath is not validated', () => {
    expect(() => withEfs(s => ({ efsMountPath: new CfnParameter(s, 'MountPath').valueAsString })).template()).not.toThrow();
  });

  test('grants ClientMount on the access point and ClientWrite on its file system only', () => {
    const { stack, accessPoint, fileSystem, template } = withEfs();
    template().hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          { Action: 'elasticfilesystem:ClientMount', Effect: 'Allow', Resource: '*', Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': stack.resolve(accessPoint.accessPointArn) } } },
          {
            Action: 'elasticfilesystem:ClientWrite',
            Effect: 'Allow',
            Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':elasticfilesystem:eu-west-1:123456789012:file-system/', stack.resolve(fileSystem.fileSystemId)]] },
          },
        ]),
      },
    });
  });

  test('the file system accepts NFS from the function', () => {
    const { stack, vf, fileSystem, template } = withEfs();
    template().hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      GroupId: stack.resolve(fileSystem.connections.securityGroups[0].securityGroupId),
      SourceSecurityGroupId: stack.resolve(vf.securityGroup.securityGroupId),
      FromPort: 2049,
      ToPort: 2049,
    });
  });

  test('leaves no cdk-nag error', () => {
    expect(nagErrors(withEfs().app)).toEqual([]);
  });
});

describe('VpcFunction applies LambdaLimitChecks', () => {
  test('a limit broken in functionProps is reported without adding the aspect', () => {
    const { app } = build(() => ({ functionProps: { ...functionProps, memorySize: 20_000 } }));
    expect(findingsOf(app, 'FunctionMemorySize')).toHaveLength(1);
  });
});
