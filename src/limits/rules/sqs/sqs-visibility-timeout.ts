import { EVENT_SOURCE_MAPPING, FUNCTION_TARGET_TYPES, functionTimeoutOf, targetFunction } from './event-sources';
import { renderSeconds, SQS_QUEUE, visibilityTimeoutOf } from './queues';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/**
 * Q7: the visibility timeout of a queue is at least the timeout of the function an
 * event source mapping sends its messages to. Reported once per mapping (the resource
 * CloudFormation fails on), wherever the queue and function live.
 */
export const SqsVisibilityTimeout: LimitRule = {
  id: 'SqsVisibilityTimeout',
  description: 'A queue\'s visibility timeout is at least the timeout of the function consuming it',
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q7'],
  docUrl: DOCS.lambdaSqsConfigure,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: [SQS_QUEUE, ...FUNCTION_TARGET_TYPES],
  check(mapping, app) {
    const queue = app.referencedResource(mapping, mapping.properties.EventSourceArn);
    if (queue?.type !== SQS_QUEUE) return [];
    const fn = targetFunction(app, mapping, mapping.properties.FunctionName);
    if (!fn) return [];
    const visibility = visibilityTimeoutOf(queue);
    const timeout = functionTimeoutOf(fn);
    if (!visibility || !timeout || visibility.seconds >= timeout.seconds) return [];
    return [{
      resource: mapping,
      property: 'EventSourceArn',
      value: `queue ${queue.path} with VisibilityTimeout ${renderSeconds(visibility)}`,
      limit: `at least the Timeout of function ${fn.path}, ${renderSeconds(timeout)}`,
      why: `Lambda rejects the event source mapping at deployment ("Queue visibility timeout: ${visibility.seconds} seconds is less than Function timeout: ${timeout.seconds} seconds")`,
    }];
  },
};
