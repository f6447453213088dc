import { VpcEniEstimate } from './vpc-eni-estimate';
import { VpcFunctionPublicSubnet } from './vpc-function-public-subnet';
import type { LimitRule } from '../../rule';

/** VPC networking (limits.md 1.10, V1 and V3). */
export const VPC_RULES: readonly LimitRule[] = [
  VpcFunctionPublicSubnet,
  VpcEniEstimate,
];
