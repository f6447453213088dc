import { fmt } from '../../engine';
import { DOCS, SQS } from '../../quotas';
import type { RuleFinding } from '../../rule';
import { literalNumber, propertyAt } from '../../values';
import { sqsMappingRule } from '../rule-builders';
import { outOfRange } from '../stream/range';

/** Q6: SQS provisioned mode: minimum pollers 2-200, maximum pollers 2-2,000, minimum at most maximum. */
export const SqsProvisionedPollers = sqsMappingRule({
  id: 'SqsProvisionedPollers',
  description: `SQS provisioned mode has ${SQS.provisionedPollersMin}-${SQS.minimumPollersMax} minimum and ${SQS.provisionedPollersMin}-${fmt(SQS.maximumPollersMax)} maximum pollers, minimum at most maximum`,
  limitRefs: ['Q6'],
  docUrl: DOCS.lambdaSqsParameters,
  judge(mapping) {
    const why = 'Lambda rejects the event source mapping at deployment';
    const found: RuleFinding[] = [
      ...outOfRange(mapping, { property: 'ProvisionedPollerConfig.MinimumPollers', min: SQS.provisionedPollersMin, max: SQS.minimumPollersMax, why }),
      ...outOfRange(mapping, { property: 'ProvisionedPollerConfig.MaximumPollers', min: SQS.provisionedPollersMin, max: SQS.maximumPollersMax, why }),
    ];
    const min = literalNumber(propertyAt(mapping.properties, 'ProvisionedPollerConfig.MinimumPollers'));
    const max = literalNumber(propertyAt(mapping.properties, 'ProvisionedPollerConfig.MaximumPollers'));
    if (found.length === 0 && min !== undefined && max !== undefined && min > max) {
      found.push({
        resource: mapping,
        property: 'ProvisionedPollerConfig.MinimumPollers',
        value: `${min}, above MaximumPollers ${max}`,
        limit: 'at most MaximumPollers',
        why,
      });
    }
    return found;
  },
});
