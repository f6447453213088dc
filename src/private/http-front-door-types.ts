/**
 * What a front door of `HttpFunction` built: the handles it exposes and the metrics its
 * alarms watch. Not part of the public API.
 */
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';

/** The front door's own cut-off: the longest it waits for the function. */
export interface FrontDoorCutoff {
  /** Seconds, when known at synth. */
  readonly seconds: number;
  /** The prop that sets it, for messages (`frontDoor.timeout`). */
  readonly property: string;
  /** What the user can do about a function that runs longer. */
  readonly remedy: string;
  /** Documentation of the limit. */
  readonly docUrl: string;
}

/** The result of binding a front door to a function. */
export interface BoundFrontDoor {
  readonly url?: lambda.FunctionUrl;
  readonly targetGroup?: elbv2.ApplicationTargetGroup;
  readonly listenerRule?: elbv2.ApplicationListenerRule;
  readonly restApi?: apigateway.IRestApi;
  readonly method?: apigateway.Method;
  readonly httpApi?: apigwv2.IHttpApi;
  readonly httpStage?: apigwv2.HttpStage;
  readonly route?: apigwv2.HttpRoute;
  readonly accessLogGroup?: logs.LogGroup;
  /** The fraction of failed requests, in percent. */
  readonly errorRate: cloudwatch.IMetric;
  /** Which errors `errorRate` counts, for the alarm description. */
  readonly errorRateDescription: string;
  /** p99 latency of the front door's call to the function. */
  readonly latencyP99: cloudwatch.IMetric;
  /** The unit of `latencyP99`: CloudWatch reports ALB target response times in seconds, the others in milliseconds. */
  readonly latencyUnit: 'seconds' | 'milliseconds';
  /** The front door's own cut-off, when it has one and it is known. */
  readonly cutoff?: FrontDoorCutoff;
}
