import { jsonObjectProperty, SQS_QUEUE } from './queues';
import { DOCS, SQS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalString } from '../../values';

const PERMISSIONS = ['allowAll', 'denyAll', 'byQueue'];

/** Q26: a redrive allow policy names 1-10 source queues with `byQueue`, and none otherwise. */
export const SqsRedriveAllowPolicy: LimitRule = {
  id: 'SqsRedriveAllowPolicy',
  description: `A redrive allow policy lists ${SQS.redriveAllowSourceQueuesMin}-${SQS.redriveAllowSourceQueuesMax} source queues with byQueue, and none with allowAll or denyAll`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['Q26'],
  docUrl: DOCS.sqsQueueAttributes,
  resourceTypes: [SQS_QUEUE],
  check(queue) {
    const policy = jsonObjectProperty(queue.properties.RedriveAllowPolicy);
    if (!policy) return [];
    const permission = literalString(policy.redrivePermission);
    if (permission === undefined) return [];
    const why = 'SQS rejects the redrive allow policy at deployment';
    if (!PERMISSIONS.includes(permission)) {
      return [{ resource: queue, property: 'RedriveAllowPolicy.redrivePermission', value: `"${permission}"`, limit: PERMISSIONS.join(', '), why }];
    }
    const raw = policy.sourceQueueArns;
    if (permission !== 'byQueue') {
      if (raw === undefined) return [];
      return [{
        resource: queue,
        property: 'RedriveAllowPolicy.sourceQueueArns',
        value: `set with redrivePermission ${permission}`,
        limit: 'only with redrivePermission byQueue',
        why,
      }];
    }
    const sources = raw === undefined ? [] : literalArray(raw);
    if (!sources) return [];
    if (sources.length >= SQS.redriveAllowSourceQueuesMin && sources.length <= SQS.redriveAllowSourceQueuesMax) return [];
    return [{
      resource: queue,
      property: 'RedriveAllowPolicy.sourceQueueArns',
      value: `${sources.length} queues with redrivePermission byQueue`,
      limit: `${SQS.redriveAllowSourceQueuesMin}-${SQS.redriveAllowSourceQueuesMax} queues`,
      why,
    }];
  },
};
