import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, propertyAt } from '../../values';

/** E5: Lambda@Edge functions are not connected to a VPC. */
export const EdgeVpc: LimitRule = {
  id: 'EdgeVpc',
  description: 'A Lambda@Edge function is not connected to a VPC',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E5'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const subnets = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    if (!subnets || subnets.length === 0) return [];
    return [{
      resource: fn,
      property: 'VpcConfig.SubnetIds',
      value: `${subnets.length} subnet(s)`,
      limit: 'no VPC configuration',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which cannot access resources inside a VPC, so the association fails to deploy`,
    }];
  },
};
