/**
 * The API Gateway HTTP API front door of HttpFunction: a route with a Lambda integration
 * whose timeout is set, on a new HTTP API (a `$default` stage with JSON access logs and
 * throttling) or on one the user gives. IAM authorization unless an authorizer is given or
 * public access is opted into.
 */
import { Annotations, Duration, Token } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as integrations from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { acknowledge } from './acknowledge';
import { PatternValidationError } from './errors';
import type { BoundFrontDoor } from './http-front-door-types';
import { HTTP_ALARM_PERIOD, errorRatePercent } from './http-function-metrics';
import { millisReadable } from './token-duration';
import { DOCS, INTEGRATION } from '../limits/quotas';
import type { HttpApiFrontDoorProps } from '../patterns/front-door';

/** Documented defaults of the HTTP API front door. */
export const HTTP_API_DEFAULTS = {
  path: '/',
  httpMethod: apigwv2.HttpMethod.ANY,
  /** aws-cdk-lib's upper bound for HTTP API integrations (the service allows 30 s). */
  timeout: Duration.millis(INTEGRATION.apiGatewayDefaultTimeoutMs),
  throttle: { rateLimit: 100, burstLimit: 200 },
  accessLogRetention: logs.RetentionDays.ONE_MONTH,
} as const;

/**
 * The JSON access log format from the HTTP API logging documentation, with the integration's
 * status, latency and error message (the fields that explain a 5xx).
 */
const ACCESS_LOG_FORMAT = apigateway.AccessLogFormat.custom(JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationErrorMessage: '$context.integrationErrorMessage',
}));

export function bindHttpApi(scope: Construct, fn: lambda.IFunction, props: HttpApiFrontDoorProps): BoundFrontDoor {
  validateHttpApiProps(scope, props);
  let api = props.api;
  let accessLogGroup: logs.LogGroup | undefined;
  let httpStage: apigwv2.HttpStage | undefined;
  if (!api) {
    api = new apigwv2.HttpApi(scope, 'Api', {
      description: `HTTP front door of ${scope.node.path}`,
      createDefaultStage: false,
    });
    accessLogGroup = new logs.LogGroup(scope, 'AccessLogs', { retention: HTTP_API_DEFAULTS.accessLogRetention });
    httpStage = new apigwv2.HttpStage(scope, 'Stage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new apigwv2.LogGroupLogDestination(accessLogGroup), format: ACCESS_LOG_FORMAT },
      throttle: {
        rateLimit: props.throttle?.rateLimit ?? HTTP_API_DEFAULTS.throttle.rateLimit,
        burstLimit: props.throttle?.burstLimit ?? HTTP_API_DEFAULTS.throttle.burstLimit,
      },
    });
  }
  // a token in seconds or minutes: aws-cdk-lib's integrations read the timeout in milliseconds
  const timeout = millisReadable(scope, 'frontDoor.timeout', props.timeout ?? HTTP_API_DEFAULTS.timeout);
  const isPublic = props.allowPublicAccess === true;
  const routeKey = apigwv2.HttpRouteKey.with(props.path ?? HTTP_API_DEFAULTS.path, props.httpMethod ?? HTTP_API_DEFAULTS.httpMethod);
  const route = new apigwv2.HttpRoute(scope, 'Route', {
    httpApi: api,
    routeKey,
    integration: new integrations.HttpLambdaIntegration('Integration', fn, {
      timeout,
      payloadFormatVersion: props.payloadFormatVersion,
    }),
    authorizer: props.authorizer ?? (isPublic ? new apigwv2.HttpNoneAuthorizer() : new authorizers.HttpIamAuthorizer()),
  });
  if (isPublic) {
    Annotations.of(scope).addWarningV2('cdk-lambda-patterns:HttpFunctionPublicApi',
      `The HTTP API route ${routeKey.key} of ${scope.node.path} has no authorization (allowPublicAccess: true): anyone who can reach the API can invoke the function. Consider a JWT, Lambda or IAM authorizer. See ${DOCS.httpApiQuotas}`);
    acknowledge(route, {
      id: 'AwsSolutions-APIG4',
      reason: 'The user opted into public access with allowPublicAccess: true; HttpFunction reports it as the warning cdk-lambda-patterns:HttpFunctionPublicApi.',
    });
  }

  const dimensionsMap: { [name: string]: string } = { ApiId: api.apiId };
  if (httpStage) dimensionsMap.Stage = httpStage.stageName;
  const metric = (metricName: string, statistic: string): cloudwatch.Metric =>
    new cloudwatch.Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap, statistic, period: HTTP_ALARM_PERIOD });
  const timeoutMs = timeout.isUnresolved() ? undefined : timeout.toMilliseconds();
  return {
    httpApi: api,
    httpStage,
    route,
    accessLogGroup,
    errorRate: errorRatePercent([metric('5xx', cloudwatch.Stats.SUM)], metric('Count', cloudwatch.Stats.SUM), '5xx errors (% of requests)'),
    errorRateDescription: 'AWS/ApiGateway 5xx as a percentage of Count for the HTTP API',
    latencyP99: metric('IntegrationLatency', 'p99'),
    latencyUnit: 'milliseconds',
    cutoff: timeoutMs === undefined ? undefined : {
      seconds: timeoutMs / 1000,
      property: 'frontDoor.timeout (the HTTP API integration timeout)',
      remedy: `lower the function timeout to at most ${timeoutMs / 1000} s (an HTTP API waits ${INTEGRATION.httpApiMaxTimeoutMs / 1000} s at most and the quota cannot be raised; aws-cdk-lib allows ${INTEGRATION.apiGatewayDefaultTimeoutMs / 1000} s), or use a function URL or an ALB for longer requests`,
      docUrl: DOCS.httpApiQuotas,
    },
  };
}

function validateHttpApiProps(scope: Construct, props: HttpApiFrontDoorProps): void {
  if (props.authorizer && props.allowPublicAccess === true) {
    throw new PatternValidationError(scope, '`frontDoor.allowPublicAccess` is true and `frontDoor.authorizer` is set; a route either has an authorizer or is public. Remove one of them.');
  }
  if (props.api && props.throttle !== undefined) {
    throw new PatternValidationError(scope, `\`frontDoor.throttle\` is set together with \`frontDoor.api\`; it applies only to the stage of an HTTP API this construct creates. Set it on your API's stage instead. See ${DOCS.httpApiQuotas}`);
  }
  const throttle = props.throttle;
  if (throttle) {
    for (const [name, value] of [['rateLimit', throttle.rateLimit], ['burstLimit', throttle.burstLimit]] as const) {
      if (value !== undefined && !Token.isUnresolved(value) && value < 0) {
        throw new PatternValidationError(scope, `\`frontDoor.throttle.${name}\` is ${value}; it must be 0 or more. See ${DOCS.httpApiQuotas}`);
      }
    }
  }
}
