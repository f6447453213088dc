import { DOCS, STREAM } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, propertyAt } from '../../values';
import { EVENT_SOURCE_MAPPING } from '../sqs/event-sources';

/**
 * S10: an event source mapping has at most 20 filters (the CloudFormation schema; an
 * error), and at most 5 under the default quota (raisable; a warning).
 */
export const EventFilterCount: LimitRule = {
  id: 'EventFilterCount',
  description: `An event source has at most ${STREAM.defaultFilterQuota} filters (default quota, raisable) and never more than ${STREAM.maxFilters}`,
  severity: FindingSeverity.WARNING,
  limitRefs: ['S10'],
  docUrl: DOCS.lambdaEventFiltering,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  check(mapping) {
    const filters = literalArray(propertyAt(mapping.properties, 'FilterCriteria.Filters'));
    if (!filters || filters.length <= STREAM.defaultFilterQuota) return [];
    const overSchema = filters.length > STREAM.maxFilters;
    return [{
      resource: mapping,
      property: 'FilterCriteria.Filters',
      value: `${filters.length} filters`,
      limit: overSchema
        ? `at most ${STREAM.maxFilters} filters`
        : `at most ${STREAM.defaultFilterQuota} filters under the default quota (raisable)`,
      why: overSchema
        ? 'CloudFormation rejects the event source mapping'
        : 'Lambda rejects the event source mapping unless the account\'s filters-per-event-source quota was raised',
      severity: overSchema ? FindingSeverity.ERROR : FindingSeverity.WARNING,
    }];
  },
};
