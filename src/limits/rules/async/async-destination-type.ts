import { DESTINATION_TYPES, targetOf } from './destinations';
import { ASYNC, DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { propertyAt } from '../../values';

/**
 * I3: async destinations are SQS queues, SNS topics, Lambda functions or EventBridge
 * buses; an S3 bucket only on failure.
 */
export const AsyncDestinationType: LimitRule = {
  id: 'AsyncDestinationType',
  description: `Asynchronous invocation destinations are ${ASYNC.destinationServices.join(', ')} ARNs (${ASYNC.onFailureOnlyServices.join(', ')} only on failure)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['I3'],
  docUrl: DOCS.lambdaAsyncDestinations,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  relatedTypes: DESTINATION_TYPES,
  check(config, app) {
    const found: RuleFinding[] = [];
    for (const kind of ['OnSuccess', 'OnFailure']) {
      const property = `DestinationConfig.${kind}.Destination`;
      const raw = propertyAt(config.properties, property);
      if (raw === undefined) continue;
      const target = targetOf(app, config, raw);
      if (!target?.service) continue;
      const allowed: readonly string[] = kind === 'OnFailure'
        ? [...ASYNC.destinationServices, ...ASYNC.onFailureOnlyServices]
        : ASYNC.destinationServices;
      if (allowed.includes(target.service)) continue;
      found.push({
        resource: config,
        property,
        value: target.label,
        limit: `an ARN of one of: ${allowed.join(', ')}`,
        why: 'Lambda rejects the destination at deployment',
      });
    }
    return found;
  },
};
