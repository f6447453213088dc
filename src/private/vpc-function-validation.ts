/**
 * Validation of VpcFunction's props: which VPC fields the pattern owns, which options apply
 * to the VPC it creates, which subnets a function can use for the internet access asked for,
 * and the EFS mount. Every check skips unresolved tokens.
 */
import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { PatternValidationError } from './errors';
import { DOCS, FUNCTION } from '../limits/quotas';

/** Availability Zones of the VPC the pattern creates (one NAT per AZ at most). */
export const PATTERN_VPC_MAX_AZS = 2;

/** The `lambda.FunctionProps` fields VpcFunction sets itself, and the pattern prop to use instead. */
const OWNED_FUNCTION_FIELDS: { readonly [field: string]: string } = {
  vpc: 'give the VPC as VpcFunction\'s own `vpc` prop (or leave it out and the pattern creates one)',
  vpcSubnets: 'give the subnets as VpcFunction\'s own `vpcSubnets` prop',
  securityGroups: 'give an existing security group as VpcFunction\'s own `securityGroup` prop',
  allowAllOutbound: 'use VpcFunction\'s own `allowAllOutbound` and `egressRules` props',
  allowAllIpv6Outbound: 'give an existing security group configured for IPv6 as VpcFunction\'s `securityGroup` prop',
  allowPublicSubnet: 'VpcFunction never places a function in a public subnet: Lambda network interfaces get no public IP, so such a function has no internet access',
  filesystem: 'use VpcFunction\'s own `efsAccessPoint` and `efsMountPath` props, which also check the mount targets',
};

/** Rejects the VPC fields of `functionProps`: the pattern sets them from its own props. */
export function rejectOwnedFunctionFields(scope: IConstruct, functionProps: lambda.FunctionProps): void {
  const given = functionProps as unknown as { readonly [field: string]: unknown };
  for (const [field, instead] of Object.entries(OWNED_FUNCTION_FIELDS)) {
    if (given[field] === undefined) continue;
    throw new PatternValidationError(scope, `\`functionProps.${field}\` is set; VpcFunction sets the function's VPC configuration itself: ${instead}. See ${DOCS.lambdaVpc}`);
  }
}

/** The options that shape the VPC the pattern creates. */
export interface NewVpcOptions {
  readonly existingVpc: boolean;
  readonly internetAccess: boolean;
  readonly natGateways?: number;
  readonly natTypeGiven: boolean;
  readonly natInstance: boolean;
  readonly natInstanceTypeGiven: boolean;
  readonly flowLogRetentionGiven: boolean;
}

/** NAT and flow log options apply only to a VPC the pattern creates, and NAT only with internet access. */
export function validateNewVpcOptions(scope: IConstruct, o: NewVpcOptions): void {
  const given = [
    o.natGateways !== undefined ? 'natGateways' : undefined,
    o.natTypeGiven ? 'natType' : undefined,
    o.natInstanceTypeGiven ? 'natInstanceType' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (o.existingVpc) {
    const all = o.flowLogRetentionGiven ? [...given, 'flowLogRetention'] : given;
    if (all.length > 0) {
      throw new PatternValidationError(scope, `\`${all.join('`, `')}\` ${all.length === 1 ? 'is' : 'are'} set with an existing \`vpc\`; ${all.length === 1 ? 'it applies' : 'they apply'} only to the VPC VpcFunction creates. Configure NAT and flow logs on your VPC, or leave \`vpc\` out. See ${DOCS.vpcNatGateways}`);
    }
    return;
  }
  if (!o.internetAccess && given.length > 0) {
    throw new PatternValidationError(scope, `\`${given.join('`, `')}\` ${given.length === 1 ? 'is' : 'are'} set with \`internetAccess: false\`; a VPC without internet access has isolated subnets and no NAT. Remove ${given.length === 1 ? 'it' : 'them'}, or set \`internetAccess: true\`. See ${DOCS.lambdaVpcInternet}`);
  }
  if (o.natInstanceTypeGiven && !o.natInstance) {
    throw new PatternValidationError(scope, '`natInstanceType` is set but `natType` is not `VpcNatType.INSTANCE`; the instance type applies only to NAT instances. Set `natType: VpcNatType.INSTANCE`, or remove `natInstanceType`.');
  }
  const n = o.natGateways;
  if (n === undefined || Token.isUnresolved(n)) return;
  if (!Number.isInteger(n) || n < 1 || n > PATTERN_VPC_MAX_AZS) {
    throw new PatternValidationError(scope, `\`natGateways\` is ${n}; with internet access it must be a whole number from 1 to ${PATTERN_VPC_MAX_AZS} (one per Availability Zone of the ${PATTERN_VPC_MAX_AZS} the pattern's VPC spans). Private subnets without a NAT have no route to the internet: for no NAT, set \`internetAccess: false\`. See ${DOCS.vpcNatGateways}`);
  }
}

/** The function's own security group settings. */
export interface SecurityGroupOptions {
  readonly securityGroup?: ec2.ISecurityGroup;
  readonly allowAllOutbound?: boolean;
  readonly egressRuleCount: number;
}

/** An existing security group carries its own rules; egress rules only restrict when `allowAllOutbound` is false. */
export function validateSecurityGroupOptions(scope: IConstruct, o: SecurityGroupOptions): void {
  if (o.securityGroup !== undefined && o.allowAllOutbound !== undefined) {
    throw new PatternValidationError(scope, `both \`securityGroup\` and \`allowAllOutbound\` (${o.allowAllOutbound}) are set; the outbound rules of an existing security group are configured on that group. Remove \`allowAllOutbound\`, or let VpcFunction create the group. See ${DOCS.lambdaVpc}`);
  }
  if (o.egressRuleCount > 0 && o.securityGroup !== undefined) {
    throw new PatternValidationError(scope, `\`egressRules\` (${o.egressRuleCount}) are set with an existing \`securityGroup\`; add the rules to that group yourself, or let VpcFunction create the group. See ${DOCS.lambdaVpc}`);
  }
  if (o.egressRuleCount > 0 && o.allowAllOutbound !== false) {
    throw new PatternValidationError(scope, `\`egressRules\` (${o.egressRuleCount}) are set but \`allowAllOutbound\` is ${o.allowAllOutbound ?? 'true (the default)'}; the rules restrict outbound traffic only when \`allowAllOutbound\` is false. Set \`allowAllOutbound: false\`. See ${DOCS.lambdaVpc}`);
  }
}

/** EFS needs an access point, and Lambda mounts it under `/mnt/`. */
export function validateEfsOptions(scope: IConstruct, accessPointGiven: boolean, mountPath: string | undefined): void {
  if (mountPath !== undefined && !accessPointGiven) {
    throw new PatternValidationError(scope, `\`efsMountPath\` is ${JSON.stringify(mountPath)} but \`efsAccessPoint\` is not set; Lambda mounts EFS only through an access point. Give \`efsAccessPoint\`. See ${DOCS.lambdaEfs}`);
  }
  if (mountPath === undefined || Token.isUnresolved(mountPath)) return;
  if (!FUNCTION.efsMountPathPattern.test(mountPath) || mountPath.length > FUNCTION.efsMountPathMaxLength) {
    throw new PatternValidationError(scope, `\`efsMountPath\` is ${JSON.stringify(mountPath)}; it must be one directory directly under /mnt/ (letters, digits, '-', '_', '.'), at most ${FUNCTION.efsMountPathMaxLength} characters, e.g. /mnt/data. Lambda rejects other paths at deployment. See ${DOCS.lambdaEfs}`);
  }
}

/** Each interface endpoint service at most once (one endpoint per service and VPC with private DNS). */
export function validateInterfaceEndpoints(scope: IConstruct, services: readonly ec2.InterfaceVpcEndpointAwsService[]): void {
  const seen = new Set<string>();
  for (const service of services) {
    if (seen.has(service.shortName)) {
      throw new PatternValidationError(scope, `\`interfaceEndpoints\` lists ${service.shortName} more than once; a VPC has one private-DNS endpoint per service. See ${DOCS.vpcInterfaceEndpoints}`);
    }
    seen.add(service.shortName);
  }
}

/**
 * Selects the function's subnets and checks them against the internet access asked for:
 * never public (Lambda network interfaces get no public IP), private with egress for
 * internet access, isolated otherwise. Subnets the VPC does not classify (imported
 * subnets given one by one) are accepted as they are.
 */
export function selectFunctionSubnets(scope: IConstruct, vpc: ec2.IVpc, selection: ec2.SubnetSelection, internetAccess: boolean): ec2.ISubnet[] {
  const wanted = internetAccess ? vpc.privateSubnets : vpc.isolatedSubnets;
  const defaultSelection = selection.subnets === undefined && selection.subnetType === undefined && selection.subnetGroupName === undefined;
  if (defaultSelection && wanted.length === 0) {
    throw new PatternValidationError(scope, internetAccess
      ? `\`vpc\` has no private subnets with egress (PRIVATE_WITH_EGRESS), which a function needs to reach the internet through NAT. Select subnets with \`vpcSubnets\`, or set \`internetAccess: false\` to use isolated subnets. See ${DOCS.lambdaVpcInternet}`
      : `\`vpc\` has no isolated subnets (PRIVATE_ISOLATED), which \`internetAccess: false\` uses. Select subnets with \`vpcSubnets\`, or set \`internetAccess: true\`. See ${DOCS.lambdaVpc}`);
  }
  const defaultType = internetAccess ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED;
  const subnets = vpc.selectSubnets(defaultSelection ? { ...selection, subnetType: defaultType } : selection).subnets;
  const ids = (list: readonly ec2.ISubnet[]) => new Set(list.map(s => s.subnetId));
  const publicIds = ids(vpc.publicSubnets);
  const privateIds = ids(vpc.privateSubnets);
  const isolatedIds = ids(vpc.isolatedSubnets);
  for (const subnet of subnets) {
    const name = Token.isUnresolved(subnet.subnetId) ? subnet.node.path : subnet.subnetId;
    if (publicIds.has(subnet.subnetId)) {
      throw new PatternValidationError(scope, `\`vpcSubnets\` selects the public subnet ${name}; a function in a public subnet has no internet access, because Lambda network interfaces get no public IP address. Select ${internetAccess ? 'private subnets with egress (PRIVATE_WITH_EGRESS), whose route goes through a NAT' : 'isolated subnets (PRIVATE_ISOLATED)'}. See ${DOCS.lambdaVpcInternet}`);
    }
    if (internetAccess && isolatedIds.has(subnet.subnetId)) {
      throw new PatternValidationError(scope, `\`vpcSubnets\` selects the isolated subnet ${name} while \`internetAccess\` is true; an isolated subnet has no route to a NAT, so the function could not reach the internet. Select private subnets with egress (PRIVATE_WITH_EGRESS), or set \`internetAccess: false\`. See ${DOCS.lambdaVpcInternet}`);
    }
    if (!internetAccess && privateIds.has(subnet.subnetId)) {
      throw new PatternValidationError(scope, `\`vpcSubnets\` selects the subnet ${name}, which routes to the internet through a NAT, while \`internetAccess\` is false. Select isolated subnets (PRIVATE_ISOLATED), or set \`internetAccess: true\`. See ${DOCS.lambdaVpc}`);
    }
  }
  return subnets;
}
