import { VpcEniEstimate } from './vpc-eni-estimate';
import { VpcFunctionPublicSubnet } from './vpc-function-public-subnet';
import { VpcSubnetCapacity } from './vpc-subnet-capacity';
import type { LimitRule } from '../../rule';

/** VPC networking (limits.md 1.10, V1, V3 and V4). */
export const VPC_RULES: readonly LimitRule[] = [
  VpcFunctionPublicSubnet,
  VpcEniEstimate,
  VpcSubnetCapacity,
];
