import type { Duration } from 'aws-cdk-lib';
import type * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { bindAlb } from '../private/http-front-door-alb';
import { bindHttpApi, HTTP_API_DEFAULTS } from '../private/http-front-door-http-api';
import { bindRestApi, REST_API_DEFAULTS } from '../private/http-front-door-rest-api';
import type { BoundFrontDoor } from '../private/http-front-door-types';
import { bindFunctionUrl } from '../private/http-front-door-url';

/** Properties of {@link FrontDoor.functionUrl}. */
export interface FunctionUrlFrontDoorProps {
  /**
   * Who may call the URL. `AWS_IAM`: callers sign requests with SigV4 and need
   * `lambda:InvokeFunctionUrl` (grant it with `httpFunction.url.grantInvokeUrl(principal)`).
   * `NONE`: anyone on the internet; requires `allowPublicAccess: true` and adds the warning
   * `cdk-lambda-patterns:HttpFunctionPublicUrl`.
   *
   * @default lambda.FunctionUrlAuthType.AWS_IAM
   */
  readonly authType?: lambda.FunctionUrlAuthType;

  /**
   * Explicit opt-in to a public URL (`authType: NONE`). Required with `NONE`, an error with `AWS_IAM`.
   *
   * @default false
   */
  readonly allowPublicAccess?: boolean;

  /**
   * CORS settings of the URL (Lambda answers preflight requests itself).
   *
   * @default - no CORS headers: browsers on other origins cannot call the URL
   */
  readonly cors?: lambda.FunctionUrlCorsOptions;

  /**
   * `BUFFERED`: Lambda returns the response when the function finishes (6 MB at most).
   * `RESPONSE_STREAM`: the function streams its response as it produces it (a handler
   * written for streaming, e.g. `awslambda.streamifyResponse` in Node.js).
   *
   * @default lambda.InvokeMode.BUFFERED
   */
  readonly invokeMode?: lambda.InvokeMode;
}

/** Properties of {@link FrontDoor.alb}. */
export interface AlbFrontDoorProps {
  /** The Application Load Balancer listener (HTTPS recommended) that forwards to the function. */
  readonly listener: elbv2.IApplicationListener;

  /**
   * Conditions of the listener rule (`elbv2.ListenerCondition.pathPatterns([...])`,
   * `hostHeaders([...])`, ...). Give them together with `priority`.
   *
   * @default - no rule: the target group becomes the listener's default action
   */
  readonly conditions?: elbv2.ListenerCondition[];

  /**
   * Priority of the listener rule, 1-50,000, unique per listener (lower wins). Give it together with `conditions`.
   *
   * @default - no rule: the target group becomes the listener's default action
   */
  readonly priority?: number;

  /**
   * Whether the load balancer sends repeated query parameters and headers as arrays
   * (`multiValueQueryStringParameters`, `multiValueHeaders`) and expects the function to
   * answer with `multiValueHeaders`. When false it sends the last value of each
   * (`queryStringParameters`, `headers`) and reads `headers`. A function that answers in
   * the other shape loses its response headers. See docs/http-function.md for both shapes.
   *
   * @default false
   */
  readonly multiValueHeadersEnabled?: boolean;
}

/** Properties of {@link FrontDoor.restApi}. */
export interface RestApiFrontDoorProps {
  /**
   * An existing REST API to add the method to (its stage, logging and throttling stay as
   * you configured them).
   *
   * @default - a new Regional REST API with access logs (JSON), execution logs at ERROR level,
   * X-Ray tracing, stage throttling and the account's API Gateway CloudWatch role
   */
  readonly api?: apigateway.IRestApi;

  /**
   * Resource path of the method, e.g. `/orders/{id}` or `/{proxy+}`.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * HTTP method (`GET`, `POST`, ..., or `ANY`).
   *
   * @default 'ANY'
   */
  readonly httpMethod?: string;

  /**
   * Integration timeout: API Gateway answers 504 after it. At most 29 s unless the
   * account's "Maximum integration timeout" quota was raised (Regional and private APIs
   * only). A function whose timeout is longer is an error.
   *
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * A Cognito or Lambda authorizer for the method.
   *
   * @default - AWS_IAM authorization (SigV4-signed requests with `execute-api:Invoke`)
   */
  readonly authorizer?: apigateway.IAuthorizer;

  /**
   * Explicit opt-in to a method without authorization (`AuthorizationType.NONE`); adds the
   * warning `cdk-lambda-patterns:HttpFunctionPublicApi`. An error together with `authorizer`.
   *
   * @default false
   */
  readonly allowPublicAccess?: boolean;

  /**
   * Stage throttling (all methods) of a REST API this construct creates (an error with `api`).
   *
   * @default - rate 100 requests per second, burst 200
   */
  readonly throttle?: apigateway.ThrottleSettings;

  /**
   * Endpoint type of a REST API this construct creates (an error with `api`).
   *
   * @default apigateway.EndpointType.REGIONAL
   */
  readonly endpointType?: apigateway.EndpointType;

  /**
   * Whether the REST API this construct creates sets the account's API Gateway CloudWatch
   * Logs role (one per account and Region, needed for execution and access logs). Set false
   * when the account already has one. An error with `api`.
   *
   * @default true
   */
  readonly cloudWatchRole?: boolean;
}

/** Properties of {@link FrontDoor.httpApi}. */
export interface HttpApiFrontDoorProps {
  /**
   * An existing HTTP API to add the route to (its stages stay as you configured them).
   *
   * @default - a new HTTP API with a `$default` stage: auto-deploy, JSON access logs,
   * throttling
   */
  readonly api?: apigwv2.IHttpApi;

  /**
   * Route path, e.g. `/orders/{id}` or `/{proxy+}`.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * HTTP method of the route.
   *
   * @default apigwv2.HttpMethod.ANY
   */
  readonly httpMethod?: apigwv2.HttpMethod;

  /**
   * Integration timeout: API Gateway answers 503/504 after it. 50 ms to 29 s in
   * aws-cdk-lib (HTTP APIs allow 30 s at most; not raisable). A function whose timeout
   * is longer is an error.
   *
   * @default Duration.seconds(29)
   */
  readonly timeout?: Duration;

  /**
   * A JWT, Lambda or IAM authorizer for the route.
   *
   * @default - an IAM authorizer (`HttpIamAuthorizer`: SigV4-signed requests with `execute-api:Invoke`)
   */
  readonly authorizer?: apigwv2.IHttpRouteAuthorizer;

  /**
   * Explicit opt-in to a route without authorization; adds the warning
   * `cdk-lambda-patterns:HttpFunctionPublicApi`. An error together with `authorizer`.
   *
   * @default false
   */
  readonly allowPublicAccess?: boolean;

  /**
   * Default route throttling of the `$default` stage this construct creates (an error with `api`).
   *
   * @default - rate 100 requests per second, burst 200
   */
  readonly throttle?: apigwv2.ThrottleSettings;

  /**
   * Payload format version of the Lambda integration.
   *
   * @default apigwv2.PayloadFormatVersion.VERSION_2_0
   */
  readonly payloadFormatVersion?: apigwv2.PayloadFormatVersion;
}

/** The kinds of {@link FrontDoor}. */
export enum FrontDoorKind {
  /** A Lambda function URL. */
  FUNCTION_URL = 'FUNCTION_URL',
  /** An Application Load Balancer target group. */
  ALB = 'ALB',
  /** An API Gateway REST API method. */
  REST_API = 'REST_API',
  /** An API Gateway HTTP API route. */
  HTTP_API = 'HTTP_API',
}

/**
 * The one front door of an {@link HttpFunction}: how HTTP clients reach the function
 * synchronously. Create it with one of the static methods.
 */
export abstract class FrontDoor {
  /** A Lambda function URL (AWS_IAM auth by default). */
  public static functionUrl(props: FunctionUrlFrontDoorProps = {}): FrontDoor {
    return new FunctionUrlFrontDoor(props);
  }

  /** A target group with the function on an Application Load Balancer listener. */
  public static alb(props: AlbFrontDoorProps): FrontDoor {
    return new AlbFrontDoor(props);
  }

  /** A method of an API Gateway REST API (a new one by default) with a Lambda proxy integration. */
  public static restApi(props: RestApiFrontDoorProps = {}): FrontDoor {
    return new RestApiFrontDoor(props);
  }

  /** A route of an API Gateway HTTP API (a new one by default) with a Lambda integration. */
  public static httpApi(props: HttpApiFrontDoorProps = {}): FrontDoor {
    return new HttpApiFrontDoor(props);
  }

  /** The kind of front door. */
  public abstract readonly kind: FrontDoorKind;

  /**
   * The function timeout this front door suggests for a function the pattern creates
   * (the integration timeout for API Gateway), or undefined for the library default.
   *
   * @internal
   */
  public abstract _functionTimeout(): Duration | undefined;

  /**
   * Builds the front door in `scope` for `fn`.
   *
   * @internal
   */
  public abstract _bind(scope: Construct, fn: lambda.IFunction): BoundFrontDoor;
}

class FunctionUrlFrontDoor extends FrontDoor {
  public readonly kind = FrontDoorKind.FUNCTION_URL;
  constructor(private readonly props: FunctionUrlFrontDoorProps) { super(); }
  public _functionTimeout(): Duration | undefined { return undefined; }
  public _bind(scope: Construct, fn: lambda.IFunction): BoundFrontDoor { return bindFunctionUrl(scope, fn, this.props); }
}

class AlbFrontDoor extends FrontDoor {
  public readonly kind = FrontDoorKind.ALB;
  constructor(private readonly props: AlbFrontDoorProps) { super(); }
  public _functionTimeout(): Duration | undefined { return undefined; }
  public _bind(scope: Construct, fn: lambda.IFunction): BoundFrontDoor { return bindAlb(scope, fn, this.props); }
}

class RestApiFrontDoor extends FrontDoor {
  public readonly kind = FrontDoorKind.REST_API;
  constructor(private readonly props: RestApiFrontDoorProps) { super(); }
  public _functionTimeout(): Duration | undefined { return knownDuration(this.props.timeout ?? REST_API_DEFAULTS.timeout); }
  public _bind(scope: Construct, fn: lambda.IFunction): BoundFrontDoor { return bindRestApi(scope, fn, this.props); }
}

class HttpApiFrontDoor extends FrontDoor {
  public readonly kind = FrontDoorKind.HTTP_API;
  constructor(private readonly props: HttpApiFrontDoorProps) { super(); }
  public _functionTimeout(): Duration | undefined { return knownDuration(this.props.timeout ?? HTTP_API_DEFAULTS.timeout); }
  public _bind(scope: Construct, fn: lambda.IFunction): BoundFrontDoor { return bindHttpApi(scope, fn, this.props); }
}

/** A duration that is not a token (a token integration timeout leaves the function's default alone). */
function knownDuration(duration: Duration): Duration | undefined {
  return duration.isUnresolved() ? undefined : duration;
}
