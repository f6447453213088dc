import { deadLetterQueueOf, isFifoDeadLetterQueue, isFifoQueue, SQS_QUEUE } from './queues';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** Q11: a FIFO queue's dead-letter queue is FIFO, a standard queue's is standard. */
export const SqsDeadLetterQueueType: LimitRule = {
  id: 'SqsDeadLetterQueueType',
  description: 'A queue and its dead-letter queue are both FIFO or both standard',
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q11'],
  docUrl: DOCS.sqsDlq,
  resourceTypes: [SQS_QUEUE],
  check(queue, app) {
    const dlq = deadLetterQueueOf(app, queue);
    if (!dlq) return [];
    const sourceFifo = isFifoQueue(queue);
    const dlqFifo = isFifoDeadLetterQueue(dlq);
    if (sourceFifo === undefined || dlqFifo === undefined || sourceFifo === dlqFifo) return [];
    const kind = (fifo: boolean) => (fifo ? 'FIFO' : 'standard');
    return [{
      resource: queue,
      property: 'RedrivePolicy.deadLetterTargetArn',
      value: `${kind(dlqFifo)} queue ${dlq.resource?.path ?? dlq.arn} for a ${kind(sourceFifo)} source queue`,
      limit: `a ${kind(sourceFifo)} dead-letter queue`,
      why: 'SQS accepts only a FIFO dead-letter queue for a FIFO queue and a standard one for a standard queue, and rejects the redrive policy',
    }];
  },
};
