import { EventFilterCount } from './event-filter-count';
import { EventFilterPatternLength } from './event-filter-pattern-length';
import { StreamBatchSize } from './stream-batch-size';
import { StreamBatchingWindow } from './stream-batching-window';
import { StreamOnFailureDestination } from './stream-on-failure-destination';
import { StreamOnFailureDestinationType } from './stream-on-failure-destination-type';
import { StreamParallelizationFactor } from './stream-parallelization-factor';
import { StreamRecordAge } from './stream-record-age';
import { StreamRetryAttempts } from './stream-retry-attempts';
import { StreamStartingPosition } from './stream-starting-position';
import { StreamTumblingWindow } from './stream-tumbling-window';
import type { LimitRule } from '../../rule';

/** Rules on Kinesis and DynamoDB Streams event sources, and event filters of every source (limits.md 1.6). */
export const STREAM_RULES: readonly LimitRule[] = [
  StreamBatchSize,
  StreamBatchingWindow,
  StreamParallelizationFactor,
  StreamRetryAttempts,
  StreamRecordAge,
  StreamTumblingWindow,
  StreamStartingPosition,
  StreamOnFailureDestination,
  StreamOnFailureDestinationType,
  EventFilterCount,
  EventFilterPatternLength,
];
