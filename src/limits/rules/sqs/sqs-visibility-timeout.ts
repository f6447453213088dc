import { renderSeconds } from './queues';
import { DOCS } from '../../quotas';
import { FindingSeverity } from '../../rule';
import { queueConsumerRule } from '../rule-builders';

/**
 * Q7: the visibility timeout of a queue is at least the timeout of the function an
 * event source mapping sends its messages to. Reported once per mapping (the resource
 * CloudFormation fails on), wherever the queue and function live.
 */
export const SqsVisibilityTimeout = queueConsumerRule({
  id: 'SqsVisibilityTimeout',
  description: 'A queue\'s visibility timeout is at least the timeout of the function consuming it',
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q7'],
  docUrl: DOCS.lambdaSqsConfigure,
  judge(mapping, { fn, visibility, timeout, queueValue }) {
    if (visibility.seconds >= timeout.seconds) return [];
    return [{
      resource: mapping,
      property: 'EventSourceArn',
      value: queueValue,
      limit: `at least the Timeout of function ${fn.path}, ${renderSeconds(timeout)}`,
      why: `Lambda rejects the event source mapping at deployment ("Queue visibility timeout: ${visibility.seconds} seconds is less than Function timeout: ${timeout.seconds} seconds")`,
    }];
  },
});
