import { fmt } from '../../engine';
import { ASYNC, DOCS } from '../../quotas';
import { FindingSeverity } from '../../rule';
import { numericRangeRule } from '../rule-builders';

/** I2: an async invoke config's maximum event age is 60-21,600 s (6 hours). */
export const AsyncMaxEventAge = numericRangeRule({
  id: 'AsyncMaxEventAge',
  description: `Asynchronous invocation maximum event age is ${ASYNC.maxEventAgeMinSeconds}-${fmt(ASYNC.maxEventAgeMaxSeconds)} seconds`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['I2'],
  docUrl: DOCS.lambdaAsync,
  resourceTypes: ['AWS::Lambda::EventInvokeConfig'],
  property: 'MaximumEventAgeInSeconds',
  min: ASYNC.maxEventAgeMinSeconds,
  max: ASYNC.maxEventAgeMaxSeconds,
  unit: ' s',
  why: 'Lambda rejects the event invoke configuration at deployment',
});
