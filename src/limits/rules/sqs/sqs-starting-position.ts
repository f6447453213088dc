import { DOCS } from '../../quotas';
import { sqsMappingRule } from '../rule-builders';

/** S8: an SQS mapping sets no StartingPosition (or StartingPositionTimestamp). */
export const SqsStartingPosition = sqsMappingRule({
  id: 'SqsStartingPosition',
  description: 'An SQS event source sets no starting position',
  limitRefs: ['S8'],
  docUrl: DOCS.lambdaEsmSchema,
  judge(mapping) {
    return ['StartingPosition', 'StartingPositionTimestamp']
      .filter(property => mapping.properties[property] !== undefined)
      .map(property => ({
        resource: mapping,
        property,
        value: `set on an SQS event source (${JSON.stringify(mapping.properties[property])})`,
        limit: 'not set for SQS (only stream sources have a starting position)',
        why: 'Lambda rejects the event source mapping at deployment',
      }));
  },
});
