import { DOCS } from '../../quotas';
import { literalArray, propertyAt } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E5: Lambda@Edge functions are not connected to a VPC. */
export const EdgeVpc = edgeRestrictionRule({
  id: 'EdgeVpc',
  description: 'A Lambda@Edge function is not connected to a VPC',
  limitRefs: ['E5'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const subnets = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    if (!subnets || subnets.length === 0) return undefined;
    return {
      property: 'VpcConfig.SubnetIds',
      value: `${subnets.length} subnet(s)`,
      limit: 'no VPC configuration',
      because: ', which cannot access resources inside a VPC, so the association fails to deploy',
    };
  },
});
