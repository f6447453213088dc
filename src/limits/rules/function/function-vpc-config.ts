import { FUNCTION_TYPE } from './function-facts';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalArray, propertyAt } from '../../values';

/** F17: a function's VPC configuration has at most 5 security groups and 16 subnets. */
export const FunctionVpcConfig: LimitRule = {
  id: 'FunctionVpcConfig',
  description: `Function VPC configuration has at most ${FUNCTION.maxSecurityGroups} security groups and ${FUNCTION.maxSubnets} subnets`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F17'],
  docUrl: DOCS.lambdaVpc,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const findings: RuleFinding[] = [];
    const groups = literalArray(propertyAt(fn.properties, 'VpcConfig.SecurityGroupIds'));
    if (groups && groups.length > FUNCTION.maxSecurityGroups) {
      findings.push({
        resource: fn,
        property: 'VpcConfig.SecurityGroupIds',
        value: `${groups.length} security groups`,
        limit: `${FUNCTION.maxSecurityGroups} security groups`,
        why: 'Lambda rejects the function at deployment',
      });
    }
    const subnets = literalArray(propertyAt(fn.properties, 'VpcConfig.SubnetIds'));
    if (subnets && subnets.length > FUNCTION.maxSubnets) {
      findings.push({
        resource: fn,
        property: 'VpcConfig.SubnetIds',
        value: `${subnets.length} subnets`,
        limit: `${FUNCTION.maxSubnets} subnets`,
        why: 'Lambda rejects the function at deployment',
      });
    }
    return findings;
  },
};
