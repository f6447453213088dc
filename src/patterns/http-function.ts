import { Annotations, Duration } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FrontDoor, FrontDoorKind } from './front-door';
import { DOCS } from '../limits/quotas';
import { acknowledge } from '../private/acknowledge';
import { applyLimitChecks } from '../private/apply-limit-checks';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';
import { createPatternFunction } from '../private/function-defaults';
import { knownFunctionTimeoutSeconds } from '../private/function-timeout';
import type { BoundFrontDoor } from '../private/http-front-door-types';
import { validateErrorRateThreshold, validateFunctionFitsFrontDoor, validateLatencyThreshold } from '../private/http-function-validation';
import { acknowledgeXrayWildcard } from '../private/nag-acknowledgements';

/** Documented defaults of {@link HttpFunction} (see docs/http-function.md). */
const HTTP_FUNCTION_DEFAULTS = {
  /** Percent of requests that failed, over 5 minutes. */
  errorRateThreshold: 5,
  /** Fraction of the timeout (function or front door, the shorter) that p99 latency may reach. */
  latencyFractionOfTimeout: 0.8,
} as const;

/** Properties of {@link HttpFunction}. */
export interface HttpFunctionProps {
  /**
   * An existing function, alias or version to put behind the front door (an alias is
   * recommended, so that a deployment can shift traffic without changing the front door).
   * Give this or `functionProps`.
   *
   * @default - none: `functionProps` must be given
   */
  readonly function?: lambda.IFunction;

  /**
   * Properties to create the function with, filled with the library's function defaults
   * (memory, X-Ray, JSON logs with retention, least-privilege role). The timeout defaults
   * to the front door's integration timeout for API Gateway (29 s) and to 30 s otherwise.
   * Give this or `function`.
   *
   * @default - none: `function` must be given
   */
  readonly functionProps?: lambda.FunctionProps;

  /**
   * How clients reach the function: `FrontDoor.functionUrl()`, `FrontDoor.alb({...})`,
   * `FrontDoor.restApi()` or `FrontDoor.httpApi()`.
   */
  readonly frontDoor: FrontDoor;

  /**
   * The error rate, in percent of requests over 5 minutes, above which `errorRateAlarm` fires.
   *
   * @default 5
   */
  readonly errorRateThreshold?: number;

  /**
   * The p99 latency (over 5 minutes, 2 of 3 periods) above which `latencyAlarm` fires.
   *
   * @default - 80% of the shorter of the function timeout and the front door's integration
   * timeout; when neither is known (an imported function behind a function URL or an ALB)
   * there is no latency alarm and a warning says so
   */
  readonly latencyAlarmThreshold?: Duration;

  /**
   * Actions (for example an SNS topic action) added to every alarm this construct creates.
   *
   * @default - no actions: the alarms only change state
   */
  readonly alarmActions?: cloudwatch.IAlarmAction[];
}

/**
 * A Lambda function invoked synchronously over HTTP through one front door: a function URL
 * (AWS_IAM by default), an Application Load Balancer target group, or an API Gateway REST or
 * HTTP API route whose integration timeout is set and checked against the function's
 * timeout. Adds alarms on the error rate and on p99 latency close to the timeout.
 *
 * @example
 * new HttpFunction(this, 'Orders', {
 *   functionProps: {
 *     runtime: lambda.Runtime.NODEJS_22_X,
 *     handler: 'index.handler',
 *     code: lambda.Code.fromAsset('handler'),
 *   },
 *   frontDoor: FrontDoor.restApi({ path: '/orders', httpMethod: 'POST' }),
 * });
 */
export class HttpFunction extends Construct {
  /** The function, alias or version behind the front door. */
  public readonly function: lambda.IFunction;
  /** The kind of front door. */
  public readonly frontDoorKind: FrontDoorKind;
  /** The function URL (function URL front door). */
  public readonly url?: lambda.FunctionUrl;
  /** The Lambda target group (ALB front door). */
  public readonly targetGroup?: elbv2.ApplicationTargetGroup;
  /** The listener rule, when `conditions` and `priority` were given (ALB front door). */
  public readonly listenerRule?: elbv2.ApplicationListenerRule;
  /** The REST API, created or given (REST API front door). */
  public readonly restApi?: apigateway.IRestApi;
  /** The REST API method (REST API front door). */
  public readonly method?: apigateway.Method;
  /** The HTTP API, created or given (HTTP API front door). */
  public readonly httpApi?: apigwv2.IHttpApi;
  /** The `$default` stage of an HTTP API this construct created. */
  public readonly httpStage?: apigwv2.HttpStage;
  /** The HTTP API route (HTTP API front door). */
  public readonly route?: apigwv2.HttpRoute;
  /** The access log group of an API this construct created. */
  public readonly accessLogGroup?: logs.LogGroup;
  /** Alarm: the share of failed requests is above `errorRateThreshold`. */
  public readonly errorRateAlarm: cloudwatch.Alarm;
  /** Alarm: p99 latency is close to the timeout (absent when no threshold can be known). */
  public readonly latencyAlarm?: cloudwatch.Alarm;
  /** Every alarm of this construct. */
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: HttpFunctionProps) {
    super(scope, id);
    requireExactlyOne(this, 'function', props.function, 'functionProps', props.functionProps);
    validateErrorRateThreshold(this, props.errorRateThreshold);
    this.frontDoorKind = props.frontDoor.kind;

    if (props.function) {
      this.function = props.function;
    } else {
      const functionProps = props.functionProps as lambda.FunctionProps;
      const fn = createPatternFunction(this, 'Function', {
        ...functionProps,
        timeout: functionProps.timeout ?? props.frontDoor._functionTimeout(),
      });
      if (functionProps.role === undefined && fn.role) acknowledgeXrayWildcard(fn.role);
      acknowledge(fn, {
        id: 'Serverless-LambdaDLQ',
        reason: 'The function is invoked synchronously by its HTTP front door: an error goes back to the caller as a 5xx and is counted by errorRateAlarm. A DLQ only ever receives asynchronous invocation events.',
      });
      this.function = fn;
    }

    const functionTimeout = knownFunctionTimeoutSeconds(this.function);
    const bound = props.frontDoor._bind(this, this.function);
    validateFunctionFitsFrontDoor(this, this.function, functionTimeout, bound.cutoff);
    const timeouts = [functionTimeout, bound.cutoff?.seconds].filter((s): s is number => s !== undefined);
    const timeoutSeconds = timeouts.length > 0 ? Math.min(...timeouts) : undefined;
    validateLatencyThreshold(this, props.latencyAlarmThreshold, timeoutSeconds);

    this.url = bound.url;
    this.targetGroup = bound.targetGroup;
    this.listenerRule = bound.listenerRule;
    this.restApi = bound.restApi;
    this.method = bound.method;
    this.httpApi = bound.httpApi;
    this.httpStage = bound.httpStage;
    this.route = bound.route;
    this.accessLogGroup = bound.accessLogGroup;

    const errorRateThreshold = props.errorRateThreshold ?? HTTP_FUNCTION_DEFAULTS.errorRateThreshold;
    this.errorRateAlarm = this.addAlarm(new cloudwatch.Alarm(this, 'ErrorRateAlarm', {
      metric: bound.errorRate,
      threshold: errorRateThreshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `More than ${errorRateThreshold}% of the requests to ${this.node.path} failed over 5 minutes (${bound.errorRateDescription}).`,
    }), props.alarmActions);

    const given = props.latencyAlarmThreshold;
    if (given === undefined && timeoutSeconds === undefined) {
      Annotations.of(this).addWarningV2('cdk-lambda-patterns:HttpFunctionNoLatencyAlarm',
        `${this.node.path} creates no latency alarm: the timeout of \`function\` (${this.function.node.path}) is not known at synth (an imported function or a token). Give \`latencyAlarmThreshold\` (for example 80% of the function's timeout).`);
    } else {
      const threshold = given ?? Duration.millis(Math.round((timeoutSeconds as number) * 1000 * HTTP_FUNCTION_DEFAULTS.latencyFractionOfTimeout));
      this.latencyAlarm = this.addAlarm(this.latencyAlarmFor(bound, threshold), props.alarmActions);
    }

    applyLimitChecks(this);
  }

  private latencyAlarmFor(bound: BoundFrontDoor, threshold: Duration): cloudwatch.Alarm {
    let value: number;
    try {
      value = bound.latencyUnit === 'seconds' ? threshold.toSeconds({ integral: false }) : threshold.toMilliseconds({ integral: false });
    } catch {
      throw new PatternValidationError(this, `\`latencyAlarmThreshold\` is a token in a unit that cannot be converted at synth; the ${this.frontDoorKind} latency metric is in ${bound.latencyUnit}, so give it with Duration.${bound.latencyUnit === 'seconds' ? 'seconds' : 'millis'}(token). See ${DOCS.lambdaMetrics}`);
    }
    const shown = threshold.isUnresolved() ? 'the given threshold' : `${threshold.toMilliseconds({ integral: false })} ms`;
    return new cloudwatch.Alarm(this, 'LatencyAlarm', {
      metric: bound.latencyP99,
      threshold: value,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `p99 latency of ${this.node.path} is above ${shown}, close to its timeout: requests are about to time out (raise memory, fix slow dependencies, or move long work to an asynchronous path).`,
    });
  }

  private addAlarm(alarm: cloudwatch.Alarm, actions: cloudwatch.IAlarmAction[] | undefined): cloudwatch.Alarm {
    if (actions && actions.length > 0) alarm.addAlarmAction(...actions);
    this.alarms.push(alarm);
    return alarm;
  }
}
