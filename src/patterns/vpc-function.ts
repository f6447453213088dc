import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as efs from 'aws-cdk-lib/aws-efs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DOCS } from '../limits/quotas';
import { applyLimitChecks } from '../private/apply-limit-checks';
import { requireMountTargetsInFunctionAzs } from '../private/efs-mount-targets';
import { PatternValidationError } from '../private/errors';
import { createPatternFunction } from '../private/function-defaults';
import { FUNCTION_VPC_DEFAULTS, createFunctionVpc } from '../private/function-vpc';
import { grantNetworkInterfaces } from '../private/network-interface-policy';
import { knownAvailabilityZone } from '../private/subnet-availability-zone';
import { acknowledgeVpcFunction } from '../private/vpc-function-acknowledgements';
import {
  rejectOwnedFunctionFields,
  selectFunctionSubnets,
  validateEfsOptions,
  validateInterfaceEndpoints,
  validateNewVpcOptions,
  validateSecurityGroupOptions,
} from '../private/vpc-function-validation';

/** How the VPC that VpcFunction creates reaches the internet. */
export enum VpcNatType {
  /**
   * Managed NAT gateways (`ec2.NatProvider.gateway()`): highly available within their AZ,
   * scale automatically, nothing to patch; billed per hour and per GB processed.
   */
  GATEWAY = 'GATEWAY',
  /**
   * NAT instances (`ec2.NatProvider.instanceV2()`, Amazon Linux 2023) on a small instance type:
   * a fraction of a NAT gateway's cost, for development and low-traffic environments. You patch
   * them, their bandwidth is the instance's, and an instance failure stops egress from its AZ.
   */
  INSTANCE = 'INSTANCE',
}

/** One outbound rule of the function's security group. */
export interface VpcFunctionEgressRule {
  /** Where the function may connect, e.g. `ec2.Peer.ipv4('10.0.0.0/16')` or a prefix list. */
  readonly peer: ec2.IPeer;
  /** The port or port range, e.g. `ec2.Port.tcp(443)`. */
  readonly port: ec2.Port;
  /**
   * Description of the rule.
   * @default - `Outbound to <peer> on <port>`
   */
  readonly description?: string;
}

/** Props of VpcFunction. */
export interface VpcFunctionProps {
  /**
   * The function to create. VpcFunction sets its VPC fields (`vpc`, `vpcSubnets`,
   * `securityGroups`, `allowAllOutbound`, `filesystem`); giving them here is an error that
   * names the pattern prop to use instead. Memory, timeout, tracing, JSON logs with a
   * retention and a least-privilege role are filled in as for every pattern.
   */
  readonly functionProps: lambda.FunctionProps;

  /**
   * An existing VPC for the function. Its NAT, flow logs and endpoints are yours; the
   * pattern adds only the endpoints you ask for.
   * @default - a new VPC: 2 AZs, public and private-with-egress subnets, one NAT gateway, flow logs,
   * S3 and DynamoDB gateway endpoints (isolated subnets only, no NAT, when `internetAccess` is false)
   */
  readonly vpc?: ec2.IVpc;

  /**
   * The subnets of the function. Public subnets are rejected (Lambda network interfaces get no
   * public IP, so a function there has no internet access); with `internetAccess` the subnets must
   * be private with egress, without it isolated.
   * @default - the VPC's private-with-egress subnets, or its isolated subnets when `internetAccess` is false
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * Whether the function reaches the internet (through NAT). When false, the new VPC has
   * isolated subnets only and no NAT, and AWS services are reached through endpoints.
   * @default true
   */
  readonly internetAccess?: boolean;

  /**
   * Number of NAT gateways (or NAT instances) of the new VPC: 1 (cheapest; the function's other
   * AZ routes through it) or 2 (one per AZ, no cross-AZ dependency). Only for a VPC the pattern
   * creates, with internet access.
   * @default 1
   */
  readonly natGateways?: number;

  /**
   * NAT gateways or NAT instances for the new VPC. Only for a VPC the pattern creates, with
   * internet access.
   * @default VpcNatType.GATEWAY
   */
  readonly natType?: VpcNatType;

  /**
   * Instance type of the NAT instances (with `natType: VpcNatType.INSTANCE` only).
   * @default t4g.nano
   */
  readonly natInstanceType?: ec2.InstanceType;

  /**
   * Retention of the new VPC's flow logs (CloudWatch Logs, all traffic). Only for a VPC the
   * pattern creates.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly flowLogRetention?: logs.RetentionDays;

  /**
   * Whether to add S3 and DynamoDB gateway endpoints (free; that traffic then bypasses the NAT)
   * on the route tables of the function's subnets. For an existing VPC this is off by default,
   * since it may already have them.
   * @default - true for a VPC the pattern creates, false for an existing `vpc`
   */
  readonly gatewayEndpoints?: boolean;

  /**
   * Interface endpoints to create in the function's subnets (one per AZ), with private DNS and a
   * security group that accepts HTTPS (443) from the function's security group only,
   * e.g. `[ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER, ec2.InterfaceVpcEndpointAwsService.SQS]`.
   * Each costs an hourly fee per AZ. The VPC must not already have a private-DNS endpoint for
   * the same service.
   * @default - none
   */
  readonly interfaceEndpoints?: ec2.InterfaceVpcEndpointAwsService[];

  /**
   * An existing security group for the function, instead of the one the pattern creates.
   * Its rules are yours (`allowAllOutbound` and `egressRules` do not apply to it).
   * @default - a new security group with no inbound rules and the outbound rules of
   * `allowAllOutbound` and `egressRules`
   */
  readonly securityGroup?: ec2.ISecurityGroup;

  /**
   * Whether the function's new security group allows all outbound traffic. Set false to allow
   * only `egressRules` (plus HTTPS to the interface endpoints and NFS to the EFS file system,
   * which the pattern adds). Note that reaching S3 and DynamoDB through gateway endpoints with
   * restricted egress needs an egress rule to their prefix lists.
   * @default true
   */
  readonly allowAllOutbound?: boolean;

  /**
   * Outbound rules of the function's new security group, with `allowAllOutbound: false`.
   * @default - none
   */
  readonly egressRules?: VpcFunctionEgressRule[];

  /**
   * An EFS access point to mount. Needs an existing `vpc`: the file system's, with a mount
   * target in every AZ of the function's subnets (checked when the app defines the file system).
   * The role gets `elasticfilesystem:ClientMount` and `ClientWrite` on that access point's file
   * system only, and the function's security group may connect to the file system on NFS (2049).
   * @default - no file system
   */
  readonly efsAccessPoint?: efs.IAccessPoint;

  /**
   * Where the function sees the file system: one directory under `/mnt/`.
   * @default '/mnt/efs' (with `efsAccessPoint`)
   */
  readonly efsMountPath?: string;
}

/** Default mount path of the EFS access point. */
const DEFAULT_EFS_MOUNT_PATH = '/mnt/efs';
/** Default NAT instance type: the smallest Graviton burstable instance. */
const DEFAULT_NAT_INSTANCE_TYPE = 't4g.nano';

/**
 * A Lambda function in private subnets of a VPC: internet access through NAT (one gateway by
 * default, or NAT instances, at a cost you choose) or none (isolated subnets and endpoints),
 * S3 and DynamoDB gateway endpoints, opt-in interface endpoints, a security group with no
 * inbound rules, and an optional EFS mount.
 *
 * Expose `connections` to let the function reach a database in one line:
 * `db.connections.allowDefaultPortFrom(vpcFunction)`.
 */
export class VpcFunction extends Construct implements ec2.IConnectable {
  /** The function. */
  public readonly function: lambda.Function;
  /** The function's VPC: the one given, or the one the pattern created. */
  public readonly vpc: ec2.IVpc;
  /** The function's security group: the one given, or the one the pattern created. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** The function's network connections (its security group). */
  public readonly connections: ec2.Connections;

  constructor(scope: Construct, id: string, props: VpcFunctionProps) {
    super(scope, id);
    const internetAccess = props.internetAccess ?? true;
    const natType = props.natType ?? VpcNatType.GATEWAY;
    const interfaceEndpoints = props.interfaceEndpoints ?? [];
    rejectOwnedFunctionFields(this, props.functionProps);
    validateNewVpcOptions(this, {
      existingVpc: props.vpc !== undefined,
      internetAccess,
      natGateways: props.natGateways,
      natTypeGiven: props.natType !== undefined,
      natInstance: natType === VpcNatType.INSTANCE,
      natInstanceTypeGiven: props.natInstanceType !== undefined,
      flowLogRetentionGiven: props.flowLogRetention !== undefined,
    });
    validateSecurityGroupOptions(this, {
      securityGroup: props.securityGroup,
      allowAllOutbound: props.allowAllOutbound,
      egressRuleCount: props.egressRules?.length ?? 0,
    });
    validateEfsOptions(this, props.efsAccessPoint !== undefined, props.efsMountPath);
    if (props.efsAccessPoint !== undefined && props.vpc === undefined) {
      throw new PatternValidationError(this, `\`efsAccessPoint\` is set without \`vpc\`; a file system's mount targets are in an existing VPC, and the function must be in that VPC. Give the file system's VPC as \`vpc\`. See ${DOCS.lambdaEfs}`);
    }
    validateInterfaceEndpoints(this, interfaceEndpoints);

    this.vpc = props.vpc ?? createFunctionVpc(this, 'Vpc', {
      internetAccess,
      natGateways: props.natGateways ?? FUNCTION_VPC_DEFAULTS.natGateways,
      natProvider: natType === VpcNatType.INSTANCE
        ? ec2.NatProvider.instanceV2({
          instanceType: props.natInstanceType ?? new ec2.InstanceType(DEFAULT_NAT_INSTANCE_TYPE),
          defaultAllowedTraffic: ec2.NatTrafficDirection.OUTBOUND_ONLY,
          associatePublicIpAddress: true,
        })
        : ec2.NatProvider.gateway(),
      flowLogRetention: props.flowLogRetention ?? FUNCTION_VPC_DEFAULTS.flowLogRetention,
    });
    const subnets = selectFunctionSubnets(this, this.vpc, props.vpcSubnets ?? {}, internetAccess);

    if (props.gatewayEndpoints ?? props.vpc === undefined) {
      for (const [endpointId, service] of [['S3Endpoint', ec2.GatewayVpcEndpointAwsService.S3], ['DynamoDbEndpoint', ec2.GatewayVpcEndpointAwsService.DYNAMODB]] as const) {
        new ec2.GatewayVpcEndpoint(this, endpointId, { vpc: this.vpc, service, subnets: [{ subnets }] });
      }
    }

    this.securityGroup = props.securityGroup ?? this.createSecurityGroup(props);

    let filesystem: lambda.FileSystem | undefined;
    if (props.efsAccessPoint !== undefined) {
      requireMountTargetsInFunctionAzs(this, props.efsAccessPoint, this.vpc, subnets);
      filesystem = lambda.FileSystem.fromEfsAccessPoint(props.efsAccessPoint, props.efsMountPath ?? DEFAULT_EFS_MOUNT_PATH);
    }

    this.function = createPatternFunction(this, 'Function', {
      ...props.functionProps,
      vpc: this.vpc,
      vpcSubnets: { subnets },
      securityGroups: [this.securityGroup],
      filesystem,
    });
    this.connections = this.function.connections;
    const roleCreated = props.functionProps.role === undefined;
    grantNetworkInterfaces(this, 'NetworkInterfacePolicy', this.function, roleCreated);
    acknowledgeVpcFunction(this.function, roleCreated, filesystem !== undefined);

    if (interfaceEndpoints.length > 0) this.createInterfaceEndpoints(interfaceEndpoints, oneSubnetPerAz(subnets));
    applyLimitChecks(this);
  }

  private createSecurityGroup(props: VpcFunctionProps): ec2.SecurityGroup {
    const securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: this.vpc,
      description: `Function ${this.node.path}: no inbound rules`,
      allowAllOutbound: props.allowAllOutbound ?? true,
    });
    for (const rule of props.egressRules ?? []) {
      securityGroup.addEgressRule(rule.peer, rule.port, rule.description ?? `Outbound to ${rule.peer.uniqueId} on ${rule.port.toString()}`);
    }
    return securityGroup;
  }

  /** One endpoint per service in the function's AZs (`endpointSubnets`), reachable on HTTPS from the function only. */
  private createInterfaceEndpoints(services: readonly ec2.InterfaceVpcEndpointAwsService[], endpointSubnets: readonly ec2.ISubnet[]): void {
    const securityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
      vpc: this.vpc,
      description: `Interface endpoints of ${this.node.path}: HTTPS from the function only`,
      allowAllOutbound: false,
    });
    securityGroup.connections.allowFrom(this.securityGroup, ec2.Port.tcp(443), 'HTTPS from the function');
    for (const service of services) {
      new ec2.InterfaceVpcEndpoint(this, `${endpointIdOf(service)}Endpoint`, {
        vpc: this.vpc,
        service,
        subnets: { subnets: [...endpointSubnets] },
        privateDnsEnabled: true,
        open: false,
        securityGroups: [securityGroup],
      });
    }
  }
}

/** The first of the function's subnets in each AZ (an interface endpoint takes one subnet per AZ). */
function oneSubnetPerAz(functionSubnets: readonly ec2.ISubnet[]): ec2.ISubnet[] {
  const byAz = new Map<string, ec2.ISubnet>();
  for (const subnet of functionSubnets) {
    const az = knownAvailabilityZone(subnet) ?? subnet.subnetId;
    if (!byAz.has(az)) byAz.set(az, subnet);
  }
  return [...byAz.values()];
}

/** `secretsmanager` -> `Secretsmanager`, `ecr.dkr` -> `EcrDkr`: a construct id per service. */
function endpointIdOf(service: ec2.InterfaceVpcEndpointAwsService): string {
  return service.shortName.split(/[^a-zA-Z0-9]+/).filter(part => part.length > 0)
    .map(part => part[0].toUpperCase() + part.slice(1)).join('');
}
