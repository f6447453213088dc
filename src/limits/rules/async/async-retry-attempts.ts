import { ASYNC, DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { outOfRange } from '../stream/range';

/** I1: an async invoke config retries 0-2 times. */
export const AsyncRetryAttempts: LimitRule = {
  id: 'AsyncRetryAttempts',
  description: `Asynchronous invocation retry attempts are ${ASYNC.retryAttemptsMin}-${ASYNC.retryAttemptsMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['I1'],
  docUrl: DOCS.lambdaAsync,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  check(config) {
    return outOfRange(config, {
      property: 'MaximumRetryAttempts',
      min: ASYNC.retryAttemptsMin,
      max: ASYNC.retryAttemptsMax,
      why: 'Lambda rejects the event invoke configuration at deployment',
    });
  },
};
