import { ASYNC, DOCS } from '../../quotas';
import { FindingSeverity } from '../../rule';
import { numericRangeRule } from '../rule-builders';

/** I1: an async invoke config retries 0-2 times. */
export const AsyncRetryAttempts = numericRangeRule({
  id: 'AsyncRetryAttempts',
  description: `Asynchronous invocation retry attempts are ${ASYNC.retryAttemptsMin}-${ASYNC.retryAttemptsMax}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['I1'],
  docUrl: DOCS.lambdaAsync,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  property: 'MaximumRetryAttempts',
  min: ASYNC.retryAttemptsMin,
  max: ASYNC.retryAttemptsMax,
  why: 'Lambda rejects the event invoke configuration at deployment',
});
