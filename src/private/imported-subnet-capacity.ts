/**
 * VpcSubnetCapacity for the subnets of an imported VPC (`ec2.Vpc.fromLookup`,
 * `ec2.Vpc.fromVpcAttributes` with CIDR blocks, `ec2.Subnet.fromSubnetAttributes`): they are in
 * no template of the app, so the rule cannot see them; the pattern runs the same estimate
 * (src/limits/subnet-capacity.ts) on the CIDR blocks the import gives. Other network interfaces
 * in those subnets are not known at synth: only the interface endpoints the pattern adds are
 * counted.
 */
import { Annotations, Errors, Token } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { RULE_ID_PREFIX } from '../limits/engine';
import {
  addressesNeeded,
  SUBNET_CAPACITY_RULE_ID,
  subnetCapacityMessage,
  subnetCapacityShortfall,
  usableAddresses,
  type SubnetAddresses,
} from '../limits/subnet-capacity';

/** What the imported subnets hold that the pattern knows of. */
export interface ImportedSubnetCapacityOptions {
  /** The function's subnets. */
  readonly subnets: readonly ec2.ISubnet[];
  /** `functionProps.reservedConcurrentExecutions`. */
  readonly reservedConcurrency?: number;
  /** The VPC ENI quota assumed. */
  readonly eniQuota: number;
  /** Addresses the pattern's own resources (interface endpoints) take, by subnet. */
  readonly takenByPattern: ReadonlyMap<ec2.ISubnet, number>;
}

const TAKEN_BY = 'the interface endpoints this pattern adds there; other ENIs in these subnets are not known at synth, so the real number of free addresses is lower';

/**
 * Warns on `scope` when the function's subnets are all imported, each with a literal IPv4 CIDR
 * block, and their free addresses together are fewer than the function may need. Any subnet the
 * app defines, or whose CIDR block or reserved concurrency is not known, leaves the judgement to
 * the rule (which skips what it cannot see).
 */
export function warnImportedSubnetCapacity(scope: Construct, options: ImportedSubnetCapacityOptions): void {
  const reserved = options.reservedConcurrency;
  if (reserved !== undefined && Token.isUnresolved(reserved)) return;
  const subnets: SubnetAddresses[] = [];
  for (const subnet of new Set(options.subnets)) {
    // A subnet the app defines has a token id (a Ref): the rule reads it from the template.
    // A literal id names a subnet that no template of the app defines.
    if (Token.isUnresolved(subnet.subnetId)) return;
    const cidr = importedCidrBlock(subnet);
    const usable = cidr === undefined ? undefined : usableAddresses(cidr);
    if (cidr === undefined || usable === undefined) return;
    subnets.push({ name: subnet.subnetId, cidr, usable, taken: options.takenByPattern.get(subnet) ?? 0 });
  }
  const shortfall = subnetCapacityShortfall(subnets, addressesNeeded(reserved, options.eniQuota), TAKEN_BY);
  if (shortfall === undefined) return;
  Annotations.of(scope).addWarningV2(`${RULE_ID_PREFIX}:${SUBNET_CAPACITY_RULE_ID}`, subnetCapacityMessage(scope.node.path, shortfall));
}

/** The subnet's IPv4 CIDR block when the import gave a literal one, else undefined. */
function importedCidrBlock(subnet: ec2.ISubnet): string | undefined {
  let cidr: string | undefined;
  try {
    cidr = subnet.ipv4CidrBlock;
  } catch (error) {
    // An imported subnet given without a CIDR block throws a ValidationError when the block is
    // read, and ISubnet offers no way to ask first. Any other error is a real one.
    if (Errors.isValidationError(error)) return undefined;
    throw error;
  }
  return typeof cidr === 'string' && cidr !== '' && !Token.isUnresolved(cidr) ? cidr : undefined;
}
