import { functionEnis, resourceKey } from './hyperplane-enis';
import { fmt } from '../../engine';
import type { AppModel, ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

interface VpcUsage {
  readonly combinations: Set<string>;
  readonly functions: Set<ResourceView>;
}

const USAGE = new WeakMap<AppModel, Map<ResourceView, VpcUsage>>();

/**
 * V3: Lambda creates one Hyperplane ENI per distinct (subnet, security-group set) combination
 * of its VPC functions. Their count per VPC is compared to the account's ENI quota per VPC
 * (`vpcEniLimit`, 250 by default, raisable). Only VPCs defined in the app are judged; functions
 * whose subnets or security groups are not known at synth are left out of the count.
 */
export const VpcEniEstimate: LimitRule = {
  id: 'VpcEniEstimate',
  description: 'The Hyperplane ENIs of a VPC\'s functions (one per distinct subnet + security-group set) stay within the per-VPC ENI quota',
  severity: FindingSeverity.WARNING,
  limitRefs: ['V3'],
  docUrl: DOCS.lambdaVpc,
  resourceTypes: ['AWS::EC2::VPC'],
  relatedTypes: ['AWS::Lambda::Function', 'AWS::EC2::Subnet', 'AWS::EC2::SecurityGroup'],
  check(vpc, app, settings) {
    const usage = usageByVpc(app).get(vpc);
    if (!usage || usage.combinations.size <= settings.vpcEniLimit) return [];
    return [{
      resource: vpc,
      property: 'Lambda Hyperplane ENIs',
      value: `about ${fmt(usage.combinations.size)} (distinct subnet + security-group combinations of ${fmt(usage.functions.size)} function(s))`,
      limit: `${fmt(settings.vpcEniLimit)} network interfaces per VPC (the account quota; set vpcEniLimit if it was raised)`,
      why: 'Lambda cannot create the network interfaces it needs once the VPC quota is reached (other services use ENIs from the same quota), so function updates and scaling fail; share security groups between functions or ask for a higher quota',
    }];
  },
};

function usageByVpc(app: AppModel): Map<ResourceView, VpcUsage> {
  let usage = USAGE.get(app);
  if (usage) return usage;
  usage = new Map();
  for (const { fn, subnets, groupSet } of functionEnis(app).values()) {
    for (const subnet of subnets) {
      const vpc = app.referencedResource(subnet, subnet.properties.VpcId);
      if (vpc?.type !== 'AWS::EC2::VPC') continue;
      let entry = usage.get(vpc);
      if (!entry) {
        entry = { combinations: new Set(), functions: new Set() };
        usage.set(vpc, entry);
      }
      entry.combinations.add(`${resourceKey(subnet)}\u0001${groupSet}`);
      entry.functions.add(fn);
    }
  }
  USAGE.set(app, usage);
  return usage;
}
