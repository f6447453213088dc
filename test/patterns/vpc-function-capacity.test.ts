import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { VpcFunction, type VpcFunctionProps } from '../../src';
import { checkedApp, findingsOf } from '../limits/helpers';

const RULE = 'VpcSubnetCapacity';

const code: Pick<lambda.FunctionProps, 'runtime' | 'handler' | 'code'> = {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
};

function stackOf(app: App): Stack {
  return new Stack(app, 'Stack', { env: { account: '123456789012', region: 'eu-west-1' } });
}

/** An imported VPC whose two private subnets are /28: 16 - 5 = 11 usable addresses each. */
function importedVpc(stack: Stack, cidrBlocks?: string[]): ec2.IVpc {
  return ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
    vpcId: 'vpc-0123456789abcdef0',
    availabilityZones: ['eu-west-1a', 'eu-west-1b'],
    privateSubnetIds: ['subnet-0aaaaaaaaaaaaaaaa', 'subnet-0bbbbbbbbbbbbbbbb'],
    privateSubnetRouteTableIds: ['rtb-0aaaaaaaaaaaaaaaa', 'rtb-0bbbbbbbbbbbbbbbb'],
    ...(cidrBlocks ? { privateSubnetIpv4CidrBlocks: cidrBlocks } : {}),
  });
}

const SMALL = ['10.0.0.0/28', '10.0.0.16/28'];

function build(functionProps: Partial<lambda.FunctionProps>, props: (stack: Stack) => Partial<VpcFunctionProps>): App {
  const app = new App();
  const stack = stackOf(app);
  new VpcFunction(stack, 'Vf', { functionProps: { ...code, ...functionProps }, ...props(stack) });
  return app;
}

describe('VpcFunction in an imported VPC', () => {
  test('warns when reserved concurrency exceeds the free addresses of the imported subnets', () => {
    const app = build({ reservedConcurrentExecutions: 23 }, stack => ({ vpc: importedVpc(stack, SMALL) }));
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].level).toBe('warning');
    expect(found[0].path).toBe('/Stack/Vf/Function/Resource');
    expect(found[0].message).toContain('[cdk-lambda-patterns:VpcSubnetCapacity] Stack/Vf/Function/Resource: VpcConfig.SubnetIds is about 22 free IP address(es) in 2 subnet(s)');
    expect(found[0].message).toContain('subnet-0aaaaaaaaaaaaaaaa 10.0.0.0/28: 11 of 11 usable free');
    expect(found[0].message).toContain('subnet-0bbbbbbbbbbbbbbbb 10.0.0.16/28: 11 of 11 usable free');
    expect(found[0].message).toContain('the limit is 23 address(es) the function may need (reserved concurrency 23)');
    expect(found[0].message).toContain('other resources are not counted');
    expect(found[0].message).toContain('Use larger subnets or more subnets, lower the reserved concurrency, or share security groups');
  });

  test('does not warn when the free addresses equal the need', () => {
    const app = build({ reservedConcurrentExecutions: 22 }, stack => ({ vpc: importedVpc(stack, SMALL) }));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('counts the interface endpoints the pattern adds in the subnets', () => {
    const app = build({ reservedConcurrentExecutions: 21 }, stack => ({
      vpc: importedVpc(stack, SMALL),
      interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SQS],
    }));
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('about 20 free IP address(es)');
    expect(found[0].message).toContain('10.0.0.0/28: 10 of 11 usable free');
  });

  test('needs the VPC ENI quota (250) without reserved concurrency', () => {
    const app = build({}, stack => ({ vpc: importedVpc(stack, SMALL) }));
    const found = findingsOf(app, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('the limit is 250 address(es) the function may need (no reserved concurrency: the VPC ENI quota, 250)');
  });

  test('accepts subnets large enough for the ENI quota', () => {
    const app = build({}, stack => ({ vpc: importedVpc(stack, ['10.0.0.0/24', '10.0.1.0/24']) }));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('skips imported subnets without a CIDR block', () => {
    const app = build({ reservedConcurrentExecutions: 500 }, stack => ({ vpc: importedVpc(stack) }));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('skips reserved concurrency that is a token', () => {
    const app = new App();
    const stack = stackOf(app);
    const reserved = new CfnParameter(stack, 'Reserved', { type: 'Number' });
    new VpcFunction(stack, 'Vf', { functionProps: { ...code, reservedConcurrentExecutions: reserved.valueAsNumber }, vpc: importedVpc(stack, SMALL) });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
});

describe('imported subnets are judged by the rule, with the checks\' settings', () => {
  test('the VPC ENI quota set on LambdaLimitChecks is the need without reserved concurrency', () => {
    const app = checkedApp({ vpcEniLimit: 22 });
    const stack = stackOf(app);
    new VpcFunction(stack, 'Vf', { functionProps: code, vpc: importedVpc(stack, SMALL) });
    expect(findingsOf(app, RULE)).toHaveLength(0);

    const over = checkedApp({ vpcEniLimit: 23 });
    const overStack = stackOf(over);
    new VpcFunction(overStack, 'Vf', { functionProps: code, vpc: importedVpc(overStack, SMALL) });
    const found = findingsOf(over, RULE);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('the limit is 23 address(es) the function may need (no reserved concurrency: the VPC ENI quota, 23)');
  });

  test('the rule can be turned off like any other', () => {
    const app = checkedApp({ disabledRules: [RULE] });
    const stack = stackOf(app);
    new VpcFunction(stack, 'Vf', { functionProps: { ...code, reservedConcurrentExecutions: 100 }, vpc: importedVpc(stack, SMALL) });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('a plain lambda.Function in imported subnets is judged too, and another function there takes an address', () => {
    const app = checkedApp();
    const stack = stackOf(app);
    const vpc = importedVpc(stack, SMALL);
    new lambda.Function(stack, 'Plain', { ...code, vpc, reservedConcurrentExecutions: 21 });
    const other = new ec2.SecurityGroup(stack, 'OtherGroup', { vpc });
    new lambda.Function(stack, 'Other', { ...code, vpc, securityGroups: [other], reservedConcurrentExecutions: 1 });
    const found = findingsOf(app, RULE).filter(f => f.path === '/Stack/Plain/Resource');
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('about 20 free IP address(es)');
    expect(found[0].message).toContain('subnet-0aaaaaaaaaaaaaaaa 10.0.0.0/28: 10 of 11 usable free');
  });

  test('an L1 function naming an imported subnet by its literal id is judged with the CIDR block the import gave', () => {
    const app = checkedApp();
    const stack = stackOf(app);
    ec2.Subnet.fromSubnetAttributes(stack, 'Imported', { subnetId: 'subnet-0ccccccccccccccccc', ipv4CidrBlock: '10.1.0.0/28' });
    const role = new lambda.Function(stack, 'ForRole', code).role!;
    new lambda.CfnFunction(stack, 'Raw', {
      role: role.roleArn,
      runtime: 'nodejs24.x',
      handler: 'index.handler',
      code: { zipFile: 'exports.handler = async () => 1;' },
      reservedConcurrentExecutions: 12,
      vpcConfig: { subnetIds: ['subnet-0ccccccccccccccccc'], securityGroupIds: ['sg-0123456789abcdef0'] },
    });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/Stack/Raw']);
    expect(found[0].message).toContain('subnet-0ccccccccccccccccc 10.1.0.0/28: 11 of 11 usable free');
  });
});

describe('VpcFunction in a VPC the app defines', () => {
  test('the default VPC (two /20 private subnets) gets no warning', () => {
    const app = build({}, () => ({}));
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });

  test('small subnets are reported once, by the rule, on the function', () => {
    const app = build({ reservedConcurrentExecutions: 23 }, stack => ({
      vpc: new ec2.Vpc(stack, 'Small', {
        ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/24'),
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'App', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 28 }],
      }),
      internetAccess: false,
    }));
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/Stack/Vf/Function/Resource']);
    expect(found[0].message).toContain('Stack/Small/AppSubnet1/Subnet 10.0.0.0/28: 11 of 11 usable free');
  });
});
