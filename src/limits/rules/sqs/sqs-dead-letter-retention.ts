import { deadLetterQueueOf, isFifoQueue, renderSeconds, retentionOf, SQS_QUEUE } from './queues';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * Q24: a standard queue's dead-letter queue keeps messages longer than the source
 * queue does: a moved message keeps its original enqueue time, so a DLQ with the same
 * or a shorter retention deletes it early.
 */
export const SqsDeadLetterRetention: LimitRule = {
  id: 'SqsDeadLetterRetention',
  description: 'A standard queue\'s dead-letter queue retains messages longer than the source queue',
  severity: FindingSeverity.WARNING,
  limitRefs: ['Q24'],
  docUrl: DOCS.sqsDlqRetention,
  resourceTypes: [SQS_QUEUE],
  check(queue, app) {
    if (isFifoQueue(queue) !== false) return [];
    const dlq = deadLetterQueueOf(app, queue)?.resource;
    if (!dlq) return [];
    const source = retentionOf(queue);
    const target = retentionOf(dlq);
    if (!source || !target || target.seconds > source.seconds) return [];
    return [{
      resource: queue,
      property: 'RedrivePolicy.deadLetterTargetArn',
      value: `queue ${dlq.path} with MessageRetentionPeriod ${renderSeconds(target)}`,
      limit: `longer than this queue's MessageRetentionPeriod, ${renderSeconds(source)}`,
      why: 'A message keeps its original enqueue timestamp when it moves to the dead-letter queue, so it expires there before anyone can inspect it',
    }];
  },
};
