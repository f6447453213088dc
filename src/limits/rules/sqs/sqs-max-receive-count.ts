import { EVENT_SOURCE_MAPPING } from './event-sources';
import { redrivePolicyOf, SQS_QUEUE } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber } from '../../values';

/** Q10: a queue consumed by Lambda keeps maxReceiveCount at 5 or more, so throttles do not dead-letter messages. */
export const SqsMaxReceiveCount: LimitRule = {
  id: 'SqsMaxReceiveCount',
  description: `A queue consumed by Lambda has a redrive maxReceiveCount of at least ${SQS.recommendedMaxReceiveCount}`,
  severity: FindingSeverity.WARNING,
  limitRefs: ['Q10'],
  docUrl: DOCS.lambdaSqsConfigure,
  resourceTypes: [SQS_QUEUE],
  relatedTypes: [EVENT_SOURCE_MAPPING],
  check(queue, app) {
    const count = literalNumber(redrivePolicyOf(queue)?.maxReceiveCount);
    // Below 1 is SqsMaxReceiveCountRange's error.
    if (count === undefined || count < SQS.maxReceiveCountMin || count >= SQS.recommendedMaxReceiveCount) return [];
    if (app.referrers(queue, EVENT_SOURCE_MAPPING, 'EventSourceArn').length === 0) return [];
    return [{
      resource: queue,
      property: 'RedrivePolicy.maxReceiveCount',
      value: `${count} on a queue a Lambda event source mapping consumes`,
      limit: `at least ${SQS.recommendedMaxReceiveCount} (recommended)`,
      why: 'When Lambda is throttled, messages are received without being processed and move to the dead-letter queue too early',
    }];
  },
};
