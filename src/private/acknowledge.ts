/**
 * Acknowledges cdk-nag (and other validation plugin) rules on a resource a pattern built,
 * through aws-cdk-lib's `Validations.acknowledge`, without the call stack aws-cdk-lib records
 * with every acknowledgement.
 *
 * aws-cdk-lib captures and renders a stack trace for each acknowledged rule (about 50 us):
 * a QueueConsumer acknowledges 7 rules, so 200 of them spent 42 ms of a synth on traces
 * (profiled with `npm run bench`). For the library's own acknowledgements that trace only
 * points into this library; the construct path and the reason, which are kept, are what a
 * reviewer reads. Capturing with a stack trace limit of 0 records a trace without frames.
 */
import { type Acknowledgment, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

export function acknowledge(scope: IConstruct, ...rules: Acknowledgment[]): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    Validations.of(scope).acknowledge(...rules);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
