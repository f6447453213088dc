import { fmt } from '../../engine';
import { STACK_PSEUDO_TYPE } from '../../model';
import { DOCS, STACK } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** C3: at most 200 outputs per stack (cross-stack references CDK creates count too). */
export const StackOutputs: LimitRule = {
  id: 'StackOutputs',
  description: `A stack declares at most ${fmt(STACK.maxOutputs)} outputs (including cross-stack exports)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['C3'],
  docUrl: DOCS.cloudFormationQuotas,
  resourceTypes: [STACK_PSEUDO_TYPE],
  check(stack) {
    const count = Object.keys(stack.stack.template.Outputs ?? {}).length;
    if (count <= STACK.maxOutputs) return [];
    return [{
      resource: stack,
      property: 'Outputs',
      value: `${fmt(count)} outputs`,
      limit: `${fmt(STACK.maxOutputs)} outputs per stack`,
      why: 'CloudFormation rejects the template; references from other stacks each add an exported output, so split the stack or pass values through SSM parameters',
    }];
  },
};
