import { EVENT_SOURCE_MAPPING, EVENT_SOURCE_TYPES, EventSourceKind, eventSourceOf } from './event-sources';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { isFullyResolved, literalArray } from '../../values';

const REPORT_BATCH_ITEM_FAILURES = 'ReportBatchItemFailures';

/** Q9: an SQS mapping reports batch item failures, so one failed message does not retry the whole batch. */
export const SqsReportBatchItemFailures: LimitRule = {
  id: 'SqsReportBatchItemFailures',
  description: 'An SQS event source enables ReportBatchItemFailures',
  severity: FindingSeverity.WARNING,
  limitRefs: ['Q9'],
  docUrl: DOCS.lambdaSqsParameters,
  resourceTypes: [EVENT_SOURCE_MAPPING],
  relatedTypes: EVENT_SOURCE_TYPES,
  check(mapping, app) {
    if (eventSourceOf(app, mapping)?.kind !== EventSourceKind.SQS) return [];
    const raw = mapping.properties.FunctionResponseTypes;
    if (raw !== undefined) {
      const types = literalArray(raw);
      if (!types || !isFullyResolved(types) || types.includes(REPORT_BATCH_ITEM_FAILURES)) return [];
    }
    return [{
      resource: mapping,
      property: 'FunctionResponseTypes',
      value: raw === undefined ? 'not set' : JSON.stringify(raw),
      limit: `["${REPORT_BATCH_ITEM_FAILURES}"] (recommended)`,
      why: 'Without it, one failed message makes Lambda retry the whole batch, reprocessing messages that succeeded',
    }];
  },
};
