import { FUNCTION_TYPE } from './function-facts';
import type { ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalBoolean, literalString, propertyAt } from '../../values';

const FIFO_WHY = 'Lambda sends dead-letter messages without a message group id, which a FIFO queue rejects, so failed events are lost; use a standard queue or an SNS topic';

function finding(fn: ResourceView, value: string, why: string): RuleFinding {
  return { resource: fn, property: 'DeadLetterConfig.TargetArn', value, limit: 'the ARN of an SQS standard queue or an SNS topic', why };
}

/** F24: a function's dead-letter target is an SQS standard queue or an SNS topic. */
export const FunctionDeadLetterTarget: LimitRule = {
  id: 'FunctionDeadLetterTarget',
  description: 'Function DeadLetterConfig targets an SQS standard queue or an SNS topic (not a FIFO queue, not another service)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F24', 'I6'],
  docUrl: DOCS.lambdaDlq,
  resourceTypes: [FUNCTION_TYPE],
  relatedTypes: ['AWS::SQS::Queue', 'AWS::SNS::Topic'],
  check(fn, app) {
    const target = propertyAt(fn.properties, 'DeadLetterConfig.TargetArn');
    if (target === undefined || target === '') return [];
    const arn = literalString(target);
    if (arn !== undefined) {
      const service = /^arn:aws[a-zA-Z-]*:([a-z0-9-.]+):/.exec(arn)?.[1];
      if (service !== 'sqs' && service !== 'sns') {
        return [finding(fn, `'${arn}'`, 'Lambda accepts only an SQS queue or SNS topic as a dead-letter queue, so the deployment fails')];
      }
      if (service === 'sqs' && arn.endsWith('.fifo')) return [finding(fn, `FIFO queue '${arn}'`, FIFO_WHY)];
      return [];
    }
    const resource = app.referencedResource(fn, target);
    if (!resource) return [];
    if (resource.type === 'AWS::SNS::Topic') return [];
    if (resource.type === 'AWS::SQS::Queue') {
      const fifo = literalBoolean(resource.properties.FifoQueue) === true
        || (literalString(resource.properties.QueueName)?.endsWith('.fifo') ?? false);
      return fifo ? [finding(fn, `FIFO queue ${resource.path}`, FIFO_WHY)] : [];
    }
    return [finding(fn, `${resource.type} ${resource.path}`, 'Lambda accepts only an SQS queue or SNS topic as a dead-letter queue, so the deployment fails')];
  },
};
