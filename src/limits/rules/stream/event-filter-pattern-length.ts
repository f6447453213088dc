import { fmt } from '../../engine';
import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalArray, literalString, propertyAt } from '../../values';
import { EVENT_SOURCE_MAPPING } from '../sqs/event-sources';

/** S10: each event filter pattern is at most 4,096 characters. */
export const EventFilterPatternLength: LimitRule = {
  id: 'EventFilterPatternLength',
  description: `Each event source filter pattern is at most ${fmt(STREAM.filterPatternMaxLength)} characters`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['S10'],
  docUrl: DOCS.lambdaEventFiltering,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  check(mapping) {
    const filters = literalArray(propertyAt(mapping.properties, 'FilterCriteria.Filters')) ?? [];
    const found: RuleFinding[] = [];
    filters.forEach((filter, i) => {
      const pattern = literalString(propertyAt({ filter }, 'filter.Pattern'));
      if (pattern === undefined || pattern.length <= STREAM.filterPatternMaxLength) return;
      found.push({
        resource: mapping,
        property: `FilterCriteria.Filters[${i}].Pattern`,
        value: `${fmt(pattern.length)} characters`,
        limit: `${fmt(STREAM.filterPatternMaxLength)} characters`,
        why: 'Lambda rejects the event source mapping at deployment',
      });
    });
    return found;
  },
};
