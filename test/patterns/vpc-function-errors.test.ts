import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { VpcFunction, VpcNatType, type VpcFunctionProps } from '../../src';

const functionProps: lambda.FunctionProps = {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
};

function stack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

/** A VPC of the user with the given subnet types in 2 AZs. */
const ALL_TYPES = [ec2.SubnetType.PUBLIC, ec2.SubnetType.PRIVATE_WITH_EGRESS, ec2.SubnetType.PRIVATE_ISOLATED];

function userVpc(s: Stack, types: readonly ec2.SubnetType[] = ALL_TYPES): ec2.Vpc {
  return new ec2.Vpc(s, 'UserVpc', { maxAzs: 2, subnetConfiguration: types.map(subnetType => ({ name: subnetType.replace(/[^A-Za-z]/g, ''), subnetType })) });
}

function create(props: (s: Stack) => Partial<VpcFunctionProps>): () => VpcFunction {
  return () => {
    const s = stack();
    return new VpcFunction(s, 'Vf', { functionProps, ...props(s) });
  };
}

describe('VpcFunction rejects the VPC fields of functionProps, naming the pattern prop to use', () => {
  test.each<[string, (s: Stack) => Partial<lambda.FunctionProps>, string]>([
    ['vpc', s => ({ vpc: userVpc(s) }), 'VpcFunction\'s own `vpc` prop'],
    ['vpcSubnets', () => ({ vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } }), 'VpcFunction\'s own `vpcSubnets` prop'],
    ['securityGroups', s => ({ securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(s, 'Sg', 'sg-1')] }), 'VpcFunction\'s own `securityGroup` prop'],
    ['allowAllOutbound', () => ({ allowAllOutbound: false }), 'VpcFunction\'s own `allowAllOutbound` and `egressRules` props'],
    ['allowAllIpv6Outbound', () => ({ allowAllIpv6Outbound: true }), 'configured for IPv6'],
    ['allowPublicSubnet', () => ({ allowPublicSubnet: true }), 'Lambda network interfaces get no public IP'],
    ['filesystem', s => ({ filesystem: lambda.FileSystem.fromEfsAccessPoint(efs.AccessPoint.fromAccessPointAttributes(s, 'Ap', { accessPointId: 'fsap-1', fileSystem: efs.FileSystem.fromFileSystemAttributes(s, 'Fs', { fileSystemId: 'fs-1', securityGroup: ec2.SecurityGroup.fromSecurityGroupId(s, 'FsSg', 'sg-2') }) }), '/mnt/x') }), '`efsAccessPoint` and `efsMountPath`'],
  ])('functionProps.%s', (field, extra, instead) => {
    const build = create(s => ({ functionProps: { ...functionProps, ...extra(s) } }));
    expect(build).toThrow(`[Stack/Vf] \`functionProps.${field}\` is set; VpcFunction sets the function's VPC configuration itself`);
    expect(build).toThrow(instead);
    expect(build).toThrow('https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html');
  });
});

describe('VpcFunction validates the subnets of an existing VPC', () => {
  test('public subnets, with the reason', () => {
    expect(create(s => ({ vpc: userVpc(s), vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } })))
      .toThrow(/`vpcSubnets` selects the public subnet Stack\/UserVpc\/PublicSubnet1; a function in a public subnet has no internet access, because Lambda network interfaces get no public IP address\. Select private subnets with egress .* See https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/configuration-vpc-internet\.html/);
  });

  test('public subnets without internet access too', () => {
    expect(create(s => ({ vpc: userVpc(s), internetAccess: false, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } })))
      .toThrow(/selects the public subnet .* Select isolated subnets \(PRIVATE_ISOLATED\)/);
  });

  test('isolated subnets with internetAccess', () => {
    expect(create(s => ({ vpc: userVpc(s), vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } })))
      .toThrow(/selects the isolated subnet Stack\/UserVpc\/IsolatedSubnet1 while `internetAccess` is true; an isolated subnet has no route to a NAT/);
  });

  test('private subnets with egress without internetAccess', () => {
    expect(create(s => ({ vpc: userVpc(s), internetAccess: false, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } })))
      .toThrow(/selects the subnet .* which routes to the internet through a NAT, while `internetAccess` is false/);
  });

  test('a VPC without private subnets with egress, when internet access is wanted', () => {
    expect(create(s => ({ vpc: userVpc(s, [ec2.SubnetType.PUBLIC, ec2.SubnetType.PRIVATE_ISOLATED]) })))
      .toThrow('`vpc` has no private subnets with egress (PRIVATE_WITH_EGRESS), which a function needs to reach the internet through NAT. Select subnets with `vpcSubnets`, or set `internetAccess: false`');
  });

  test('a VPC without isolated subnets, without internet access', () => {
    expect(create(s => ({ vpc: userVpc(s, [ec2.SubnetType.PUBLIC, ec2.SubnetType.PRIVATE_WITH_EGRESS]), internetAccess: false })))
      .toThrow('`vpc` has no isolated subnets (PRIVATE_ISOLATED), which `internetAccess: false` uses.');
  });
});

describe('VpcFunction validates the options of the VPC it creates', () => {
  test.each([0, 3, 1.5])('natGateways %p', n => {
    expect(create(() => ({ natGateways: n })))
      .toThrow(`\`natGateways\` is ${n}; with internet access it must be a whole number from 1 to 2 (one per Availability Zone of the 2 the pattern's VPC spans).`);
  });

  test('NAT and flow log options with an existing vpc', () => {
    expect(create(s => ({ vpc: userVpc(s), natGateways: 2, flowLogRetention: logs.RetentionDays.ONE_DAY })))
      .toThrow('`natGateways`, `flowLogRetention` are set with an existing `vpc`; they apply only to the VPC VpcFunction creates.');
    expect(create(s => ({ vpc: userVpc(s), natType: VpcNatType.INSTANCE })))
      .toThrow('`natType` is set with an existing `vpc`; it applies only to the VPC VpcFunction creates.');
  });

  test('NAT options without internet access', () => {
    expect(create(() => ({ internetAccess: false, natType: VpcNatType.GATEWAY, natGateways: 1 })))
      .toThrow('`natGateways`, `natType` are set with `internetAccess: false`; a VPC without internet access has isolated subnets and no NAT.');
  });

  test('natInstanceType without NAT instances', () => {
    expect(create(() => ({ natInstanceType: new ec2.InstanceType('t4g.micro') })))
      .toThrow('`natInstanceType` is set but `natType` is not `VpcNatType.INSTANCE`');
  });
});

describe('VpcFunction validates the security group options', () => {
  test('both securityGroup and allowAllOutbound', () => {
    expect(create(s => {
      const vpc = userVpc(s);
      return { vpc, securityGroup: new ec2.SecurityGroup(s, 'Sg', { vpc }), allowAllOutbound: false };
    })).toThrow('both `securityGroup` and `allowAllOutbound` (false) are set; the outbound rules of an existing security group are configured on that group.');
  });

  test('egressRules with an existing securityGroup', () => {
    expect(create(s => {
      const vpc = userVpc(s);
      return { vpc, securityGroup: new ec2.SecurityGroup(s, 'Sg', { vpc }), egressRules: [{ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443) }] };
    })).toThrow('`egressRules` (1) are set with an existing `securityGroup`; add the rules to that group yourself');
  });

  test('egressRules without allowAllOutbound: false', () => {
    expect(create(() => ({ egressRules: [{ peer: ec2.Peer.anyIpv4(), port: ec2.Port.tcp(443) }] })))
      .toThrow('`egressRules` (1) are set but `allowAllOutbound` is true (the default); the rules restrict outbound traffic only when `allowAllOutbound` is false.');
  });

  test('an interface endpoint service listed twice', () => {
    expect(create(() => ({ interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SQS, ec2.InterfaceVpcEndpointAwsService.SQS] })))
      .toThrow('`interfaceEndpoints` lists sqs more than once; a VPC has one private-DNS endpoint per service.');
  });
});

describe('VpcFunction validates the EFS mount', () => {
  function fileSystemIn(s: Stack, vpc: ec2.IVpc, vpcSubnets?: ec2.SubnetSelection): efs.AccessPoint {
    return new efs.FileSystem(s, 'Fs', { vpc, vpcSubnets }).addAccessPoint('Ap');
  }

  test('efsMountPath without an access point', () => {
    expect(create(() => ({ efsMountPath: '/mnt/data' })))
      .toThrow('`efsMountPath` is "/mnt/data" but `efsAccessPoint` is not set; Lambda mounts EFS only through an access point. Give `efsAccessPoint`. See https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html');
  });

  test.each(['/data', '/mnt/', '/mnt/a/b', '/mnt/has space', `/mnt/${'x'.repeat(156)}`])('mount path %p', path => {
    expect(create(s => {
      const vpc = userVpc(s);
      return { vpc, efsAccessPoint: fileSystemIn(s, vpc), efsMountPath: path };
    })).toThrow(`\`efsMountPath\` is ${JSON.stringify(path)}; it must be one directory directly under /mnt/ (letters, digits, '-', '_', '.'), at most 160 characters`);
  });

  test('the longest valid mount path is accepted', () => {
    expect(create(s => {
      const vpc = userVpc(s);
      return { vpc, efsAccessPoint: fileSystemIn(s, vpc), efsMountPath: `/mnt/${'x'.repeat(155)}` };
    })).not.toThrow();
  });

  test('EFS without an existing vpc', () => {
    expect(create(s => ({ efsAccessPoint: fileSystemIn(s, userVpc(s)) })))
      .toThrow('`efsAccessPoint` is set without `vpc`; a file system\'s mount targets are in an existing VPC, and the function must be in that VPC.');
  });

  test('a file system in another VPC', () => {
    expect(create(s => {
      const other = new ec2.Vpc(s, 'Other', { maxAzs: 2 });
      return { vpc: userVpc(s), efsAccessPoint: fileSystemIn(s, other) };
    })).toThrow('the file system of `efsAccessPoint` (Stack/Fs) has a mount target in a subnet that is not in the function\'s `vpc` (Stack/UserVpc); Lambda reaches EFS through mount targets in its own VPC.');
  });

  test('a function AZ without a mount target', () => {
    expect(create(s => {
      const vpc = userVpc(s);
      return { vpc, efsAccessPoint: fileSystemIn(s, vpc, { subnets: [vpc.privateSubnets[0]] }) };
    })).toThrow('the file system of `efsAccessPoint` (Stack/Fs) has no mount target in the Availability Zone of the function\'s subnet Stack/UserVpc/PrivateSubnet2 (dummy1b); a function can mount EFS only where a mount target exists in its Availability Zone.');
  });
});
