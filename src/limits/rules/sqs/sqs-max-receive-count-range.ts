import { redrivePolicyOf, SQS_QUEUE } from './queues';
import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** Q10: a redrive policy's maxReceiveCount is 1-1,000. */
export const SqsMaxReceiveCountRange: LimitRule = {
  id: 'SqsMaxReceiveCountRange',
  description: `A redrive policy's maxReceiveCount is ${SQS.maxReceiveCountMin}-${fmt(SQS.maxReceiveCountMax)}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q10'],
  docUrl: DOCS.sqsDlq,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    const count = literalNumber(redrivePolicyOf(queue)?.maxReceiveCount);
    if (count === undefined) return [];
    if (Number.isInteger(count) && count >= SQS.maxReceiveCountMin && count <= SQS.maxReceiveCountMax) return [];
    return [{
      resource: queue,
      property: 'RedrivePolicy.maxReceiveCount',
      value: `${count}`,
      limit: `an integer from ${SQS.maxReceiveCountMin} to ${fmt(SQS.maxReceiveCountMax)}`,
      why: 'SQS rejects the redrive policy at deployment',
    }];
  },
};
