/**
 * Validation of `AsyncInvocation` props that can be judged at synth. Kept apart from
 * the defaults and the construction; every message names the property, the value,
 * the limit and the AWS documentation. Unresolved tokens are skipped.
 */
import { type Duration, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import { ASYNC, DOCS } from '../limits/quotas';

/** `retryAttempts`: a whole number from 0 to 2 (limits.md I1). */
export function validateRetryAttempts(scope: Construct, retryAttempts: number | undefined): void {
  if (retryAttempts === undefined || Token.isUnresolved(retryAttempts)) return;
  if (!Number.isInteger(retryAttempts) || retryAttempts < ASYNC.retryAttemptsMin || retryAttempts > ASYNC.retryAttemptsMax) {
    throw new PatternValidationError(scope, `\`retryAttempts\` is ${retryAttempts}; Lambda retries an asynchronous event ${ASYNC.retryAttemptsMin} to ${ASYNC.retryAttemptsMax} times (a whole number). See ${DOCS.lambdaAsync}`);
  }
}

/** `maxEventAge`: 60 s to 6 h, whole seconds (limits.md I2). */
export function validateMaxEventAge(scope: Construct, maxEventAge: Duration | undefined): void {
  if (maxEventAge === undefined || maxEventAge.isUnresolved()) return;
  const seconds = maxEventAge.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < ASYNC.maxEventAgeMinSeconds || seconds > ASYNC.maxEventAgeMaxSeconds) {
    throw new PatternValidationError(scope, `\`maxEventAge\` is ${seconds} seconds; it must be a whole number of seconds from ${ASYNC.maxEventAgeMinSeconds} to ${ASYNC.maxEventAgeMaxSeconds} (6 hours). See ${DOCS.lambdaAsync}`);
  }
}

/**
 * `functionProps` must leave the asynchronous settings to the pattern's own props, so
 * that there is one place they are set (aws-cdk-lib would otherwise create a second
 * EventInvokeConfig, or a second DLQ, from them).
 */
export function validateFunctionProps(scope: Construct, props: lambda.FunctionProps): void {
  const moved: Array<[string, unknown]> = [
    ['onFailure', props.onFailure],
    ['onSuccess', props.onSuccess],
    ['retryAttempts', props.retryAttempts],
    ['maxEventAge', props.maxEventAge],
    ['deadLetterQueue', props.deadLetterQueue],
    ['deadLetterTopic', props.deadLetterTopic],
    ['deadLetterQueueEnabled', props.deadLetterQueueEnabled],
  ];
  for (const [name, value] of moved) {
    if (value !== undefined) {
      throw new PatternValidationError(scope, `\`functionProps.${name}\` is set; set \`${name}\` on AsyncInvocation itself, which owns the function's asynchronous invocation settings (one EventInvokeConfig and one DLQ per function). See ${DOCS.lambdaAsync}`);
    }
  }
}

/** The DLQ props the user gave. */
export interface DeadLetterChoice {
  readonly deadLetterQueue?: sqs.IQueue;
  readonly deadLetterTopic?: sns.ITopic;
  readonly deadLetterQueueEnabled?: boolean;
}

/** The DLQ props must not contradict each other. */
export function validateDeadLetterChoice(scope: Construct, choice: DeadLetterChoice): void {
  if (choice.deadLetterQueue && choice.deadLetterTopic) {
    throw new PatternValidationError(scope, `both \`deadLetterQueue\` and \`deadLetterTopic\` are set; a function has one dead-letter target, an SQS queue or an SNS topic. See ${DOCS.lambdaDlq}`);
  }
  if (choice.deadLetterQueueEnabled === false && (choice.deadLetterQueue || choice.deadLetterTopic)) {
    throw new PatternValidationError(scope, `\`deadLetterQueueEnabled\` is false but \`${choice.deadLetterQueue ? 'deadLetterQueue' : 'deadLetterTopic'}\` is set; remove one of them. See ${DOCS.lambdaDlq}`);
  }
}

/**
 * The function that holds the function-level settings (the DLQ) behind a function,
 * alias or version.
 */
export function unqualifiedFunction(fn: lambda.IFunction): lambda.IFunction {
  if (fn instanceof lambda.QualifiedFunctionBase) return fn.lambda;
  const withLambda = fn as lambda.IFunction & { readonly lambda?: lambda.IFunction };
  return withLambda.lambda ?? fn;
}

/**
 * A DLQ is a setting of the function, made when the function is created. For a function
 * the user passes, the pattern can only use the DLQ the function already has: asking for
 * another one is an error, never silently dropped.
 */
export function validateExistingFunctionDeadLetter(scope: Construct, fn: lambda.IFunction, choice: DeadLetterChoice): void {
  const asked = choice.deadLetterQueue !== undefined || choice.deadLetterTopic !== undefined || choice.deadLetterQueueEnabled === true;
  if (!asked) return;
  const target = unqualifiedFunction(fn);
  const existingQueue = target instanceof lambda.Function ? target.deadLetterQueue : undefined;
  const existingTopic = target instanceof lambda.Function ? target.deadLetterTopic : undefined;
  const matches = choice.deadLetterQueue !== undefined ? choice.deadLetterQueue === existingQueue
    : choice.deadLetterTopic !== undefined ? choice.deadLetterTopic === existingTopic
      : existingQueue !== undefined || existingTopic !== undefined;
  if (matches) return;
  const prop = choice.deadLetterQueue ? 'deadLetterQueue' : choice.deadLetterTopic ? 'deadLetterTopic' : 'deadLetterQueueEnabled';
  throw new PatternValidationError(scope, `\`${prop}\` is set, but \`function\` (${fn.node.path}) is an existing function ${target instanceof lambda.Function ? 'without that dead-letter target' : 'whose dead-letter configuration this construct cannot see or change'}. A DLQ is a function-level setting that AsyncInvocation can only set on a function it creates: set \`deadLetterQueue\`/\`deadLetterTopic\` on the lambda.Function itself, pass \`functionProps\` instead of \`function\`, or use \`onFailure\` (which also works on an alias or version). See ${DOCS.lambdaDlq}`);
}

/** Lambda accepts one EventInvokeConfig per function, version or alias. */
export function validateNoEventInvokeConfig(scope: Construct, fn: lambda.IFunction): void {
  if (fn.node.tryFindChild('EventInvokeConfig') !== undefined) {
    throw new PatternValidationError(scope, `\`function\` (${fn.node.path}) already has an EventInvokeConfig (from its own \`onFailure\`/\`onSuccess\`/\`retryAttempts\`/\`maxEventAge\` props or configureAsyncInvoke); Lambda allows one per function, version or alias. Remove it and set those props on AsyncInvocation. See ${DOCS.lambdaAsync}`);
  }
}

/**
 * With no retries, the first failed attempt is final. That is a choice to make
 * knowingly: it needs a failure path the user chose, or an explicit acknowledgement.
 */
export function validateZeroRetries(scope: Construct, retryAttempts: number | undefined, userFailurePath: boolean, acknowledged: boolean): void {
  if (retryAttempts !== 0 || Token.isUnresolved(retryAttempts) || userFailurePath || acknowledged) return;
  throw new PatternValidationError(scope, `\`retryAttempts\` is 0 and no failure path was given (\`onFailure\`, \`onFailureBucket\`, \`deadLetterQueue\`, \`deadLetterTopic\`): every event whose first attempt fails, transient errors included, is final and lands only in the default failure queue. Give a failure path you own, keep retries (1-2), or set \`acknowledgeNoRetries: true\`. See ${DOCS.lambdaAsync}`);
}

/** Destinations are granted to the function's execution role, which an import by ARN lacks. */
export function validateHasRole(scope: Construct, fn: lambda.IFunction): void {
  if (fn.role === undefined) {
    throw new PatternValidationError(scope, `\`function\` (${fn.node.path}) has no execution role this app can see, so the on-failure and on-success destinations cannot be granted to it: import it with \`lambda.Function.fromFunctionAttributes({ functionArn, role })\`. See ${DOCS.lambdaAsyncDestinations}`);
  }
}
