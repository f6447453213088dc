/**
 * F25: Lambda reaches an EFS file system through its mount targets, so the file system must
 * have a mount target in the function's VPC in every Availability Zone the function's
 * subnets use. Checked when the app defines the file system (an `efs.FileSystem`); an
 * imported file system's mount targets are not visible at synth and are not checked.
 */
import { Token } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import type { IConstruct } from 'constructs';
import { PatternValidationError } from './errors';
import { knownAvailabilityZone } from './subnet-availability-zone';
import { DOCS } from '../limits/quotas';

/** Throws when a visible file system has mount targets outside the VPC or misses one of the function's AZs. */
export function requireMountTargetsInFunctionAzs(
  scope: IConstruct, accessPoint: efs.IAccessPoint, vpc: ec2.IVpc, functionSubnets: readonly ec2.ISubnet[],
): void {
  const fileSystem = accessPoint.fileSystem;
  if (!(fileSystem instanceof efs.FileSystem)) return;
  const azOfSubnet = new Map<string, string | undefined>();
  for (const subnet of [...vpc.publicSubnets, ...vpc.privateSubnets, ...vpc.isolatedSubnets]) {
    azOfSubnet.set(subnet.subnetId, knownAvailabilityZone(subnet));
  }
  const mountTargetAzs = new Set<string>();
  let allAzsKnown = true;
  for (const child of fileSystem.node.children) {
    if (!(child instanceof efs.CfnMountTarget)) continue;
    if (!azOfSubnet.has(child.subnetId)) {
      throw new PatternValidationError(scope, `the file system of \`efsAccessPoint\` (${fileSystem.node.path}) has a mount target in a subnet that is not in the function's \`vpc\` (${vpc.node.path}); Lambda reaches EFS through mount targets in its own VPC. Create the file system in the function's VPC. See ${DOCS.lambdaEfs}`);
    }
    const az = azOfSubnet.get(child.subnetId);
    if (az === undefined) allAzsKnown = false;
    else mountTargetAzs.add(az);
  }
  if (!allAzsKnown) return;
  const uncovered = functionSubnets.filter(subnet => {
    const az = knownAvailabilityZone(subnet);
    return az !== undefined && !mountTargetAzs.has(az);
  }).map(subnet => describeSubnet(subnet));
  if (uncovered.length > 0) {
    throw new PatternValidationError(scope, `the file system of \`efsAccessPoint\` (${fileSystem.node.path}) has no mount target in the Availability Zone of the function's ${uncovered.length === 1 ? 'subnet' : 'subnets'} ${uncovered.join(', ')}; a function can mount EFS only where a mount target exists in its Availability Zone. Give the file system \`vpcSubnets\` in every AZ of the function, or narrow the function's \`vpcSubnets\` to the AZs with mount targets. See ${DOCS.lambdaEfs}`);
  }
}

/** The subnet's id, or its construct path when the id is a token, with its AZ when literal. */
function describeSubnet(subnet: ec2.ISubnet): string {
  const name = Token.isUnresolved(subnet.subnetId) ? subnet.node.path : subnet.subnetId;
  const az = knownAvailabilityZone(subnet);
  return az === undefined || Token.isUnresolved(az) ? name : `${name} (${az})`;
}
