import { fmt } from '../../engine';
import { STACK_PSEUDO_TYPE } from '../../model';
import { DOCS, STACK } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** C4: at most 200 parameters per stack. */
export const StackParameters: LimitRule = {
  id: 'StackParameters',
  description: `A stack declares at most ${fmt(STACK.maxParameters)} parameters`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['C4'],
  docUrl: DOCS.cloudFormationQuotas,
  resourceTypes: [STACK_PSEUDO_TYPE],
  check(stack) {
    const count = Object.keys(stack.stack.template.Parameters ?? {}).length;
    if (count <= STACK.maxParameters) return [];
    return [{
      resource: stack,
      property: 'Parameters',
      value: `${fmt(count)} parameters`,
      limit: `${fmt(STACK.maxParameters)} parameters per stack`,
      why: 'CloudFormation rejects the template; pass configuration through context, SSM parameters or fewer, structured parameters',
    }];
  },
};
