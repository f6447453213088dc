/**
 * The VPC VpcFunction creates when the user brings none: 2 AZs, flow logs to CloudWatch Logs
 * with a retention, the default security group closed, and either public + private-with-egress
 * subnets behind the chosen NAT, or isolated subnets only. Defaults are listed in the
 * VpcFunction README table.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledgeNatInstances } from './vpc-function-acknowledgements';
import { PATTERN_VPC_MAX_AZS } from './vpc-function-validation';

/** Documented defaults of the VPC VpcFunction creates. */
export const FUNCTION_VPC_DEFAULTS = {
  maxAzs: PATTERN_VPC_MAX_AZS,
  natGateways: 1,
  /** Public subnets hold only the NAT: 251 usable addresses per AZ. */
  publicCidrMask: 24,
  /** Private subnets hold the functions' network interfaces: 4,091 usable addresses per AZ. */
  privateCidrMask: 20,
  flowLogRetention: logs.RetentionDays.ONE_MONTH,
} as const;

/** What the pattern decided for the new VPC (validated already). */
export interface FunctionVpcOptions {
  readonly internetAccess: boolean;
  readonly natGateways: number;
  readonly natProvider: ec2.NatProvider;
  readonly flowLogRetention: logs.RetentionDays;
}

/** Creates the VPC and its flow log. */
export function createFunctionVpc(scope: Construct, id: string, o: FunctionVpcOptions): ec2.Vpc {
  const flowLogGroup = new logs.LogGroup(scope, `${id}FlowLogs`, { retention: o.flowLogRetention });
  const vpc = new ec2.Vpc(scope, id, {
    maxAzs: FUNCTION_VPC_DEFAULTS.maxAzs,
    restrictDefaultSecurityGroup: true,
    flowLogs: {
      FlowLog: {
        destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
        trafficType: ec2.FlowLogTrafficType.ALL,
      },
    },
    ...(o.internetAccess ? {
      natGateways: o.natGateways,
      natGatewayProvider: o.natProvider,
      subnetConfiguration: [
        // NAT gateways use Elastic IPs and NAT instances ask for a public IP themselves,
        // so nothing in the public subnets needs one assigned on launch.
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: FUNCTION_VPC_DEFAULTS.publicCidrMask, mapPublicIpOnLaunch: false },
        { name: 'Private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: FUNCTION_VPC_DEFAULTS.privateCidrMask },
      ],
    } : {
      natGateways: 0,
      subnetConfiguration: [
        { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: FUNCTION_VPC_DEFAULTS.privateCidrMask },
      ],
    }),
  });
  if (o.natProvider instanceof ec2.NatInstanceProviderV2 && o.internetAccess) secureNatInstances(vpc, o.natProvider);
  return vpc;
}

/**
 * NAT instances accept traffic only from the private subnets they serve (the provider was
 * created with outbound-only defaults, so nothing is open to 0.0.0.0/0), and their root
 * volumes are encrypted.
 */
function secureNatInstances(vpc: ec2.Vpc, provider: ec2.NatInstanceProviderV2): void {
  for (const subnet of vpc.privateSubnets) {
    provider.connections.allowFrom(ec2.Peer.ipv4(subnet.ipv4CidrBlock), ec2.Port.allTraffic(), `Traffic to translate, from ${subnet.node.id}`);
  }
  for (const instance of provider.gatewayInstances) {
    const cfn = instance.node.defaultChild as ec2.CfnInstance;
    // /dev/xvda is the root device of the Amazon Linux 2023 image NatInstanceProviderV2 uses.
    cfn.blockDeviceMappings = [{ deviceName: '/dev/xvda', ebs: { encrypted: true, volumeType: 'gp3' } }];
  }
  acknowledgeNatInstances(provider.gatewayInstances);
}
