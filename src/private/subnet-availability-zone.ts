/**
 * The Availability Zone of a subnet when the app knows it. An imported subnet whose AZ was
 * not given throws when its `availabilityZone` is read; callers then fall back or skip.
 */
import type * as ec2 from 'aws-cdk-lib/aws-ec2';

/** The subnet's AZ, or undefined when it is not known at synth. */
export function knownAvailabilityZone(subnet: ec2.ISubnet): string | undefined {
  try {
    return subnet.availabilityZone;
  } catch {
    return undefined;
  }
}
