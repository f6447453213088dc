import { isFifoQueue, SQS_QUEUE } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** Q25: a queue name ends with `.fifo` exactly when the queue is FIFO. */
export const SqsFifoQueueName: LimitRule = {
  id: 'SqsFifoQueueName',
  description: `A queue name ends with "${SQS.fifoSuffix}" exactly when the queue is FIFO`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q25'],
  docUrl: DOCS.sqsFifoQueueNaming,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    const name = literalString(queue.properties.QueueName);
    const fifo = isFifoQueue(queue);
    if (name === undefined || fifo === undefined || name.endsWith(SQS.fifoSuffix) === fifo) return [];
    return [{
      resource: queue,
      property: 'QueueName',
      value: `"${name}" on a ${fifo ? 'FIFO' : 'standard'} queue`,
      limit: fifo ? `a name ending with "${SQS.fifoSuffix}" for a FIFO queue` : `no "${SQS.fifoSuffix}" suffix unless FifoQueue is true`,
      why: 'SQS rejects the queue at deployment',
    }];
  },
};
