/**
 * The API Gateway REST API front door of HttpFunction: a method with a Lambda proxy
 * integration whose timeout is set, on a new REST API with logging, tracing and
 * throttling, or on one the user gives. AWS_IAM authorization unless an authorizer is given
 * or public access is opted into.
 */
import { Annotations, Duration, Names, Token } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
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
import type { RestApiFrontDoorProps } from '../patterns/front-door';

/** Documented defaults of the REST API front door. */
export const REST_API_DEFAULTS = {
  path: '/',
  httpMethod: 'ANY',
  timeout: Duration.millis(INTEGRATION.apiGatewayDefaultTimeoutMs),
  throttle: { rateLimit: 100, burstLimit: 200 },
  endpointType: apigateway.EndpointType.REGIONAL,
  cloudWatchRole: true,
  accessLogRetention: logs.RetentionDays.ONE_MONTH,
  loggingLevel: apigateway.MethodLoggingLevel.ERROR,
} as const;

export function bindRestApi(scope: Construct, fn: lambda.IFunction, props: RestApiFrontDoorProps): BoundFrontDoor {
  validateRestApiProps(scope, props);
  let api = props.api;
  let accessLogGroup: logs.LogGroup | undefined;
  if (!api) {
    accessLogGroup = new logs.LogGroup(scope, 'AccessLogs', { retention: REST_API_DEFAULTS.accessLogRetention });
    const created = createRestApi(scope, accessLogGroup, props);
    api = created;
  }
  // a token in seconds or minutes: aws-cdk-lib's integrations read the timeout in milliseconds
  const timeout = millisReadable(scope, 'frontDoor.timeout', props.timeout ?? REST_API_DEFAULTS.timeout);
  const resource = api.root.resourceForPath(props.path ?? REST_API_DEFAULTS.path);
  const isPublic = props.allowPublicAccess === true;
  const method = resource.addMethod(props.httpMethod ?? REST_API_DEFAULTS.httpMethod, new apigateway.LambdaIntegration(fn, { timeout }), {
    authorizer: props.authorizer,
    authorizationType: props.authorizer ? undefined : isPublic ? apigateway.AuthorizationType.NONE : apigateway.AuthorizationType.IAM,
  });
  acknowledgeMethod(scope, method, props);

  const stage = api.deploymentStage as apigateway.Stage | undefined;
  const dimensionsMap: { [name: string]: string } = { ApiName: api.restApiName };
  if (stage) dimensionsMap.Stage = stage.stageName;
  const metric = (metricName: string, statistic: string): cloudwatch.Metric =>
    new cloudwatch.Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap, statistic, period: HTTP_ALARM_PERIOD });
  const timeoutMs = timeout.isUnresolved() ? undefined : timeout.toMilliseconds();
  return {
    restApi: api,
    method,
    accessLogGroup,
    errorRate: errorRatePercent([metric('5XXError', cloudwatch.Stats.SUM)], metric('Count', cloudwatch.Stats.SUM), '5XX errors (% of requests)'),
    errorRateDescription: `AWS/ApiGateway 5XXError as a percentage of Count for API ${api.restApiName}${stage ? ` stage ${stage.stageName}` : ''}`,
    latencyP99: metric('IntegrationLatency', 'p99'),
    latencyUnit: 'milliseconds',
    cutoff: timeoutMs === undefined ? undefined : {
      seconds: timeoutMs / 1000,
      property: 'frontDoor.timeout (the REST integration timeout)',
      remedy: `lower the function timeout to at most ${timeoutMs / 1000} s, or raise \`frontDoor.timeout\` (above ${INTEGRATION.restApiDefaultMaxTimeoutMs / 1000} s only on a Regional or private REST API, after a Service Quotas increase of "Maximum integration timeout")`,
      docUrl: DOCS.restApiQuotas,
    },
  };
}

function createRestApi(scope: Construct, accessLogGroup: logs.LogGroup, props: RestApiFrontDoorProps): apigateway.RestApi {
  // Each of the two limits the user leaves out keeps its default (cdk-nag's
  // Serverless-APIGWDefaultThrottling wants both set).
  const rateLimit = props.throttle?.rateLimit ?? REST_API_DEFAULTS.throttle.rateLimit;
  const burstLimit = props.throttle?.burstLimit ?? REST_API_DEFAULTS.throttle.burstLimit;
  const api = new apigateway.RestApi(scope, 'Api', {
    restApiName: Names.uniqueId(scope),
    description: `HTTP front door of ${scope.node.path}`,
    endpointTypes: [props.endpointType ?? REST_API_DEFAULTS.endpointType],
    cloudWatchRole: props.cloudWatchRole ?? REST_API_DEFAULTS.cloudWatchRole,
    deployOptions: {
      accessLogDestination: new apigateway.LogGroupLogDestination(accessLogGroup),
      accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
      loggingLevel: REST_API_DEFAULTS.loggingLevel,
      dataTraceEnabled: false,
      tracingEnabled: true,
      throttlingRateLimit: rateLimit,
      throttlingBurstLimit: burstLimit,
    },
  });
  acknowledge(api, {
    id: 'AwsSolutions-APIG2',
    reason: 'Lambda proxy integration: API Gateway passes the whole request to the function, which validates it. A request validator without request models or required parameters (this API has none) would validate nothing.',
  });
  const role = api.node.tryFindChild('CloudWatchRole');
  if (role) {
    acknowledge(role, {
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      reason: 'The account-level role API Gateway uses to write execution and access logs (aws-cdk-lib\'s cloudWatchRole). AWS publishes this policy for exactly that role; it holds only CloudWatch Logs actions, on log groups API Gateway names per API and stage.',
    });
  }
  return api;
}

/**
 * cdk-nag's COG4 asks for a Cognito authorizer on every method; IAM and Lambda authorizers
 * authorize too. A method without authorization exists only when the user opted in.
 */
function acknowledgeMethod(scope: Construct, method: apigateway.Method, props: RestApiFrontDoorProps): void {
  if (props.allowPublicAccess === true) {
    Annotations.of(scope).addWarningV2('cdk-lambda-patterns:HttpFunctionPublicApi',
      `The REST API method ${method.httpMethod} ${method.resource.path} of ${scope.node.path} has no authorization (allowPublicAccess: true): anyone who can reach the API can invoke the function. Consider an authorizer, usage plans or AWS WAF. See ${DOCS.restApiQuotas}`);
    const reason = 'The user opted into public access with allowPublicAccess: true; HttpFunction reports it as the warning cdk-lambda-patterns:HttpFunctionPublicApi.';
    acknowledge(method, { id: 'AwsSolutions-APIG4', reason });
    acknowledge(method, { id: 'AwsSolutions-COG4', reason });
    return;
  }
  const authorizationType = props.authorizer?.authorizationType ?? apigateway.AuthorizationType.IAM;
  if (authorizationType !== apigateway.AuthorizationType.COGNITO) {
    acknowledge(method, {
      id: 'AwsSolutions-COG4',
      reason: `The method is authorized with ${authorizationType === apigateway.AuthorizationType.IAM ? 'AWS_IAM (SigV4-signed requests from principals granted execute-api:Invoke)' : `a ${authorizationType} authorizer the user chose`}; a Cognito user pool authorizer is one option among those, not a requirement.`,
    });
  }
}

function validateRestApiProps(scope: Construct, props: RestApiFrontDoorProps): void {
  if (props.authorizer && props.allowPublicAccess === true) {
    throw new PatternValidationError(scope, '`frontDoor.allowPublicAccess` is true and `frontDoor.authorizer` is set; a method either has an authorizer or is public. Remove one of them.');
  }
  if (props.api) {
    const apiOnly: Array<[string, unknown]> = [['throttle', props.throttle], ['endpointType', props.endpointType], ['cloudWatchRole', props.cloudWatchRole]];
    for (const [name, value] of apiOnly) {
      if (value !== undefined) {
        throw new PatternValidationError(scope, `\`frontDoor.${name}\` is set together with \`frontDoor.api\`; it applies only to a REST API this construct creates. Set it on your REST API instead. See ${DOCS.restApiLogging}`);
      }
    }
  }
  const throttle = props.throttle;
  if (throttle) {
    for (const [name, value] of [['rateLimit', throttle.rateLimit], ['burstLimit', throttle.burstLimit]] as const) {
      if (value !== undefined && !Token.isUnresolved(value) && value < 0) {
        throw new PatternValidationError(scope, `\`frontDoor.throttle.${name}\` is ${value}; it must be 0 or more. See ${DOCS.restApiQuotas}`);
      }
    }
  }
}
