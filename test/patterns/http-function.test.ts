import { CfnParameter, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import { functionProps, listenerOf, newStack } from './http-fixtures';
import { FrontDoor, FrontDoorKind, HttpFunction } from '../../src';


function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as import('aws-cdk-lib').CfnElement);
}

/** Alarm properties keyed by the construct id of the alarm (ErrorRateAlarm, LatencyAlarm). */
function alarms(template: Template): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const [id, alarm] of Object.entries(template.findResources('AWS::CloudWatch::Alarm'))) {
    result[id.includes('ErrorRate') ? 'ErrorRateAlarm' : 'LatencyAlarm'] = alarm.Properties as Record<string, unknown>;
  }
  return result;
}

function metricNames(alarm: Record<string, unknown>): string[] {
  const metrics = (alarm.Metrics ?? []) as Array<{ MetricStat?: { Metric: { MetricName: string } } }>;
  return metrics.filter(m => m.MetricStat).map(m => m.MetricStat!.Metric.MetricName).sort();
}

describe('HttpFunction with a function URL (defaults)', () => {
  const stack = newStack();
  const http = new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.functionUrl() });
  const template = Template.fromStack(stack);
  const fnId = logicalId(stack, http.function);

  test('creates the function with the library defaults and a 30 s timeout', () => {
    expect(http.function).toBeInstanceOf(lambda.Function);
    expect(http.frontDoorKind).toBe(FrontDoorKind.FUNCTION_URL);
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
    });
  });

  test('the URL uses AWS_IAM auth, buffered invoke mode and no CORS, with no public permission', () => {
    expect(http.url).toBeInstanceOf(lambda.FunctionUrl);
    template.resourceCountIs('AWS::Lambda::Url', 1);
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'AWS_IAM',
      InvokeMode: 'BUFFERED',
      Cors: Match.absent(),
      TargetFunctionArn: { 'Fn::GetAtt': [fnId, 'Arn'] },
    });
    template.resourceCountIs('AWS::Lambda::Permission', 0);
    expect(http.targetGroup).toBeUndefined();
    expect(http.restApi).toBeUndefined();
    expect(http.httpApi).toBeUndefined();
  });

  test('the error-rate alarm divides Lambda Errors by Invocations and fires above 5%', () => {
    const alarm = alarms(template).ErrorRateAlarm;
    expect(alarm).toMatchObject({ Threshold: 5, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
    expect(metricNames(alarm)).toEqual(['Errors', 'Invocations']);
    expect(JSON.stringify(alarm.Metrics)).toContain('100 * (FILL(e0, 0)) / requests');
  });

  test('the latency alarm watches p99 Duration above 80% of the 30 s timeout, 2 of 3 periods', () => {
    expect(alarms(template).LatencyAlarm).toMatchObject({
      MetricName: 'Duration',
      Namespace: 'AWS/Lambda',
      ExtendedStatistic: 'p99',
      Period: 300,
      Threshold: 24_000,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 2,
      TreatMissingData: 'notBreaching',
    });
    expect(http.alarms).toEqual([http.errorRateAlarm, http.latencyAlarm]);
  });

  test('the created function is not given a DLQ; the finding is acknowledged as not applicable', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { DeadLetterConfig: Match.absent() });
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('HttpFunction with a function URL (props)', () => {
  test('CORS, response streaming and an explicit public opt-in with its warning', () => {
    const stack = newStack();
    const http = new HttpFunction(stack, 'Http', {
      functionProps: functionProps(),
      frontDoor: FrontDoor.functionUrl({
        authType: lambda.FunctionUrlAuthType.NONE,
        allowPublicAccess: true,
        invokeMode: lambda.InvokeMode.RESPONSE_STREAM,
        cors: { allowedOrigins: ['https://example.com'], allowedMethods: [lambda.HttpMethod.GET], maxAge: Duration.hours(1) },
      }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      InvokeMode: 'RESPONSE_STREAM',
      Cors: { AllowOrigins: ['https://example.com'], AllowMethods: ['GET'], MaxAge: 3600 },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' });
    const annotations = Annotations.fromStack(stack);
    annotations.hasWarning('/Stack/Http', Match.stringLikeRegexp('AuthType NONE \\(allowPublicAccess: true\\).*urls-auth.*HttpFunctionPublicUrl'));
    annotations.hasNoWarning('*', Match.stringLikeRegexp('cdk-lambda-patterns:FunctionUrlPublic'));
    expect(http.url).toBeDefined();
  });

  test('on an alias, the URL, its metrics and the grant go through the alias', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps({ timeout: Duration.seconds(10) }));
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });
    const http = new HttpFunction(stack, 'Http', { function: alias, frontDoor: FrontDoor.functionUrl() });
    const role = new iam.Role(stack, 'Caller', { assumedBy: new iam.AccountRootPrincipal() });
    http.url!.grantInvokeUrl(role);
    const template = Template.fromStack(stack);
    expect(http.function).toBe(alias);
    template.hasResourceProperties('AWS::Lambda::Url', { Qualifier: 'live' });
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Duration',
      Threshold: 8000,
      Dimensions: Match.arrayWith([{ Name: 'Resource', Value: { 'Fn::Join': ['', [{ Ref: logicalId(stack, fn) }, ':live']] } }]),
    });
  });

  test('an imported function gets no latency alarm and a warning, unless a threshold is given', () => {
    const stack = newStack();
    const imported = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:orders');
    const http = new HttpFunction(stack, 'Http', { function: imported, frontDoor: FrontDoor.functionUrl() });
    expect(http.latencyAlarm).toBeUndefined();
    expect(http.alarms).toEqual([http.errorRateAlarm]);
    Annotations.fromStack(stack).hasWarning('/Stack/Http', Match.stringLikeRegexp('no latency alarm.*latencyAlarmThreshold.*HttpFunctionNoLatencyAlarm'));

    const other = newStack();
    const withThreshold = new HttpFunction(other, 'Http', {
      function: lambda.Function.fromFunctionArn(other, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:other'),
      frontDoor: FrontDoor.functionUrl(),
      latencyAlarmThreshold: Duration.seconds(2),
    });
    expect(withThreshold.latencyAlarm).toBeDefined();
    Annotations.fromStack(other).hasNoWarning('*', Match.stringLikeRegexp('HttpFunctionNoLatencyAlarm'));
    Template.fromStack(other).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Duration', Threshold: 2000 });
  });

  test('a function timeout that is a token is skipped: no latency alarm from it, no error', () => {
    const stack = newStack();
    const timeout = Lazy.number({ produce: () => 20 });
    const http = new HttpFunction(stack, 'Http', {
      functionProps: functionProps({ timeout: Duration.seconds(timeout) }),
      frontDoor: FrontDoor.restApi({ timeout: Duration.seconds(10) }),
    });
    // The function's timeout is unknown, so the REST integration timeout (10 s) sets the threshold.
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IntegrationLatency', Threshold: 8000 });
    expect(http.latencyAlarm).toBeDefined();
  });
});

describe('HttpFunction behind an ALB (defaults)', () => {
  const stack = newStack();
  const listener = listenerOf(stack);
  const http = new HttpFunction(stack, 'Http', {
    functionProps: functionProps(),
    frontDoor: FrontDoor.alb({ listener, priority: 10, conditions: [elbv2.ListenerCondition.pathPatterns(['/api/*'])] }),
  });
  const template = Template.fromStack(stack);
  const tgId = logicalId(stack, http.targetGroup!);

  test('a Lambda target group with multi-value headers off, and the permission for the load balancer', () => {
    expect(http.frontDoorKind).toBe(FrontDoorKind.ALB);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
      TargetType: 'lambda',
      Targets: [{ Id: { 'Fn::GetAtt': [logicalId(stack, http.function), 'Arn'] } }],
      TargetGroupAttributes: Match.arrayWith([{ Key: 'lambda.multi_value_headers.enabled', Value: 'false' }]),
    });
    template.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', Principal: 'elasticloadbalancing.amazonaws.com' });
  });

  test('a listener rule with the given priority and conditions forwards to the target group', () => {
    expect(http.listenerRule).toBeInstanceOf(elbv2.ApplicationListenerRule);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api/*'] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: { Ref: tgId } }],
    });
  });

  test('the error rate counts target 5xx and Lambda errors over RequestCount; latency is p99 TargetResponseTime in seconds', () => {
    const all = alarms(template);
    expect(metricNames(all.ErrorRateAlarm)).toEqual(['HTTPCode_Target_5XX_Count', 'LambdaInternalError', 'LambdaUserError', 'RequestCount']);
    expect(JSON.stringify(all.ErrorRateAlarm.Metrics)).toContain('100 * (FILL(e0, 0) + FILL(e1, 0) + FILL(e2, 0)) / requests');
    expect(all.LatencyAlarm).toMatchObject({ MetricName: 'TargetResponseTime', Namespace: 'AWS/ApplicationELB', ExtendedStatistic: 'p99', Threshold: 24 });
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('HttpFunction behind an ALB (props)', () => {
  test('multi-value headers on, host conditions', () => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', {
      functionProps: functionProps(),
      frontDoor: FrontDoor.alb({
        listener: listenerOf(stack),
        priority: 50_000,
        conditions: [elbv2.ListenerCondition.hostHeaders(['api.example.com'])],
        multiValueHeadersEnabled: true,
      }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
      TargetGroupAttributes: Match.arrayWith([{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }]),
    });
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::ListenerRule', {
      Priority: 50_000,
      Conditions: [{ Field: 'host-header', HostHeaderConfig: { Values: ['api.example.com'] } }],
    });
  });

  test('without conditions and priority the target group is the listener\'s default action', () => {
    const stack = newStack();
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0 });
    const listener = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc }).addListener('Http', { port: 80 });
    const http = new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.alb({ listener }) });
    const template = Template.fromStack(stack);
    expect(http.listenerRule).toBeUndefined();
    template.resourceCountIs('AWS::ElasticLoadBalancingV2::ListenerRule', 0);
    template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
      DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: logicalId(stack, http.targetGroup!) } }],
    });
  });
});

describe('HttpFunction behind a REST API (defaults)', () => {
  const stack = newStack();
  const http = new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.restApi() });
  const template = Template.fromStack(stack);

  test('the created function\'s timeout defaults to the 29 s integration timeout', () => {
    expect(http.frontDoorKind).toBe(FrontDoorKind.REST_API);
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 29 });
  });

  test('a Regional REST API with the account CloudWatch role', () => {
    expect(http.restApi).toBeInstanceOf(apigateway.RestApi);
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
    template.resourceCountIs('AWS::ApiGateway::Account', 1);
  });

  test('the stage has JSON access logs, ERROR execution logs without data trace, X-Ray and throttling 100/200', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'prod',
      AccessLogSetting: { DestinationArn: { 'Fn::GetAtt': [logicalId(stack, http.accessLogGroup!), 'Arn'] }, Format: Match.stringLikeRegexp('^\\{"requestId"') },
      TracingEnabled: true,
      MethodSettings: [{ HttpMethod: '*', ResourcePath: '/*', LoggingLevel: 'ERROR', DataTraceEnabled: false, ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 }],
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  test('ANY on / with AWS_IAM and a 29 s Lambda proxy integration', () => {
    expect(http.method).toBeInstanceOf(apigateway.Method);
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'ANY',
      AuthorizationType: 'AWS_IAM',
      Integration: { Type: 'AWS_PROXY', TimeoutInMillis: 29_000, IntegrationHttpMethod: 'POST' },
    });
  });

  test('alarms on 5XXError/Count and p99 IntegrationLatency above 80% of 29 s', () => {
    const all = alarms(template);
    expect(metricNames(all.ErrorRateAlarm)).toEqual(['5XXError', 'Count']);
    expect(all.LatencyAlarm).toMatchObject({ MetricName: 'IntegrationLatency', Namespace: 'AWS/ApiGateway', ExtendedStatistic: 'p99', Threshold: 23_200 });
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('HttpFunction behind a REST API (props)', () => {
  test('path, method, timeout, throttle, endpoint type, no CloudWatch role', () => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', {
      functionProps: functionProps({ timeout: Duration.seconds(10) }),
      frontDoor: FrontDoor.restApi({
        path: '/orders/{id}',
        httpMethod: 'GET',
        timeout: Duration.seconds(12),
        throttle: { rateLimit: 50 },
        endpointType: apigateway.EndpointType.PRIVATE,
        cloudWatchRole: false,
      }),
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGateway::Resource', { PathPart: '{id}' });
    template.hasResourceProperties('AWS::ApiGateway::Method', { HttpMethod: 'GET', Integration: Match.objectLike({ TimeoutInMillis: 12_000 }) });
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      MethodSettings: [Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 200 })],
    });
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['PRIVATE'] } });
    template.resourceCountIs('AWS::ApiGateway::Account', 0);
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 10 });
    // 80% of the shorter timeout, the function's 10 s.
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IntegrationLatency', Threshold: 8000 });
  });

  test('an existing API, a Cognito authorizer, an alias', () => {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Shop', { deployOptions: { stageName: 'live' } });
    api.root.addMethod('GET', new apigateway.MockIntegration());
    const pool = new cognito.UserPool(stack, 'Pool');
    const authorizer = new apigateway.CognitoUserPoolsAuthorizer(stack, 'Authorizer', { cognitoUserPools: [pool] });
    const fn = new lambda.Function(stack, 'Fn', functionProps({ timeout: Duration.seconds(5) }));
    const alias = fn.addAlias('live');
    const http = new HttpFunction(stack, 'Http', { function: alias, frontDoor: FrontDoor.restApi({ api, path: '/orders', httpMethod: 'POST', authorizer }) });
    const template = Template.fromStack(stack);
    expect(http.restApi).toBe(api);
    expect(http.accessLogGroup).toBeUndefined();
    template.resourceCountIs('AWS::ApiGateway::RestApi', 1);
    template.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'POST',
      AuthorizationType: 'COGNITO_USER_POOLS',
      Integration: Match.objectLike({ Uri: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([{ Ref: logicalId(stack, alias) }])]) }) }),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IntegrationLatency',
      Dimensions: Match.arrayWith([{ Name: 'Stage', Value: { Ref: Match.anyValue() } }]),
      Threshold: 4000,
    });
  });

  test('a public method is an explicit opt-in with a warning', () => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.restApi({ allowPublicAccess: true }) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGateway::Method', { AuthorizationType: 'NONE' });
    Annotations.fromStack(stack).hasWarning('/Stack/Http', Match.stringLikeRegexp('REST API method ANY / .*no authorization.*HttpFunctionPublicApi'));
  });

  test('a REST timeout above 29 s on a Regional API is left to LambdaLimitChecks\' quota warning', () => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.restApi({ timeout: Duration.seconds(60) }) });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Timeout: 60 });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('ApiGatewayIntegrationTimeout.*60,000 ms'));
  });

  test('a token integration timeout is skipped', () => {
    const stack = newStack();
    const millis = Lazy.number({ produce: () => 20_000 });
    const http = new HttpFunction(stack, 'Http', {
      functionProps: functionProps(),
      frontDoor: FrontDoor.restApi({ timeout: Duration.millis(millis) }),
    });
    // The function keeps the library's 30 s default and sets the latency threshold.
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Function', { Timeout: 30 });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IntegrationLatency', Threshold: 24_000 });
    expect(http.method).toBeDefined();
  });
});

describe('HttpFunction: an integration timeout of Duration.seconds(token)', () => {
  test.each([
    ['REST API', (timeout: Duration) => FrontDoor.restApi({ timeout }), 'AWS::ApiGateway::Method', (ms: number) => ({ Integration: Match.objectLike({ TimeoutInMillis: ms }) })],
    ['HTTP API', (timeout: Duration) => FrontDoor.httpApi({ timeout }), 'AWS::ApiGatewayV2::Integration', (ms: number) => ({ TimeoutInMillis: ms })],
  ])('%s: a Lazy number of seconds is converted into milliseconds at synth', (_name, frontDoor, type, expected) => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: frontDoor(Duration.seconds(Lazy.number({ produce: () => 20 }))) });
    Template.fromStack(stack).hasResourceProperties(type, expected(20_000));
  });

  test.each([
    ['REST API', (timeout: Duration) => FrontDoor.restApi({ timeout })],
    ['HTTP API', (timeout: Duration) => FrontDoor.httpApi({ timeout })],
  ])('%s: a parameter in seconds is an error naming frontDoor.timeout (CloudFormation cannot multiply)', (_name, frontDoor) => {
    const stack = newStack();
    const seconds = new CfnParameter(stack, 'Timeout', { type: 'Number' }).valueAsNumber;
    expect(() => new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: frontDoor(Duration.seconds(seconds)) }))
      .toThrow(/frontDoor.timeout is Duration.seconds\(.*\), an unresolved value that must be given in millis here.*Give Duration.millis\(token\)/);
  });

  test('a parameter in milliseconds goes into TimeoutInMillis as it is', () => {
    const stack = newStack();
    const millis = new CfnParameter(stack, 'TimeoutMs', { type: 'Number' }).valueAsNumber;
    new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.httpApi({ timeout: Duration.millis(millis) }) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Integration', { TimeoutInMillis: { Ref: 'TimeoutMs' } });
  });
});

describe('HttpFunction behind an HTTP API (defaults)', () => {
  const stack = newStack();
  const http = new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.httpApi() });
  const template = Template.fromStack(stack);

  test('the created function\'s timeout defaults to the 29 s integration timeout', () => {
    expect(http.frontDoorKind).toBe(FrontDoorKind.HTTP_API);
    template.hasResourceProperties('AWS::Lambda::Function', { Timeout: 29 });
  });

  test('a $default stage with auto-deploy, JSON access logs and throttling 100/200', () => {
    expect(http.httpApi).toBeInstanceOf(apigwv2.HttpApi);
    expect(http.httpStage).toBeInstanceOf(apigwv2.HttpStage);
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logicalId(stack, http.accessLogGroup!), 'Arn'] }, Format: Match.stringLikeRegexp('"integrationErrorMessage":"\\$context.integrationErrorMessage"') },
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
    });
    const format = JSON.parse(template.findResources('AWS::ApiGatewayV2::Stage')[Object.keys(template.findResources('AWS::ApiGatewayV2::Stage'))[0]].Properties.AccessLogSettings.Format);
    expect(format.requestId).toBe('$context.requestId');
  });

  test('ANY / with IAM authorization and a 29 s Lambda integration (payload 2.0)', () => {
    expect(http.route).toBeInstanceOf(apigwv2.HttpRoute);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /', AuthorizationType: 'AWS_IAM' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationType: 'AWS_PROXY', TimeoutInMillis: 29_000, PayloadFormatVersion: '2.0' });
  });

  test('alarms on 5xx/Count and p99 IntegrationLatency above 80% of 29 s', () => {
    const all = alarms(template);
    expect(metricNames(all.ErrorRateAlarm)).toEqual(['5xx', 'Count']);
    expect(all.LatencyAlarm).toMatchObject({ MetricName: 'IntegrationLatency', ExtendedStatistic: 'p99', Threshold: 23_200 });
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('HttpFunction behind an HTTP API (props)', () => {
  test('path, method, timeout, throttle, payload 1.0, alarm settings and actions', () => {
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Pager');
    const http = new HttpFunction(stack, 'Http', {
      functionProps: functionProps({ timeout: Duration.seconds(5) }),
      frontDoor: FrontDoor.httpApi({
        path: '/orders/{id}',
        httpMethod: apigwv2.HttpMethod.GET,
        timeout: Duration.seconds(6),
        throttle: { burstLimit: 20 },
        payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_1_0,
      }),
      errorRateThreshold: 1,
      latencyAlarmThreshold: Duration.seconds(2),
      alarmActions: [new cwactions.SnsAction(topic)],
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'GET /orders/{id}' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', { TimeoutInMillis: 6000, PayloadFormatVersion: '1.0' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 20 } });
    const all = alarms(template);
    expect(all.ErrorRateAlarm).toMatchObject({ Threshold: 1, AlarmActions: [{ Ref: logicalId(stack, topic) }] });
    expect(all.LatencyAlarm).toMatchObject({ Threshold: 2000, AlarmActions: [{ Ref: logicalId(stack, topic) }] });
    expect(http.alarms.every(a => a instanceof cloudwatch.Alarm)).toBe(true);
  });

  test('an existing HTTP API, a given authorizer', () => {
    const stack = newStack();
    const api = new apigwv2.HttpApi(stack, 'Shop');
    const http = new HttpFunction(stack, 'Http', {
      functionProps: functionProps({ timeout: Duration.seconds(5) }),
      frontDoor: FrontDoor.httpApi({ api, path: '/orders', authorizer: new authorizers.HttpIamAuthorizer() }),
    });
    const template = Template.fromStack(stack);
    expect(http.httpApi).toBe(api);
    expect(http.httpStage).toBeUndefined();
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /orders', ApiId: { Ref: logicalId(stack, api) } });
  });

  test('a public route is an explicit opt-in with a warning', () => {
    const stack = newStack();
    new HttpFunction(stack, 'Http', { functionProps: functionProps(), frontDoor: FrontDoor.httpApi({ allowPublicAccess: true }) });
    Template.fromStack(stack).hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'NONE' });
    Annotations.fromStack(stack).hasWarning('/Stack/Http', Match.stringLikeRegexp('HTTP API route ANY / .*no authorization.*HttpFunctionPublicApi'));
  });
});
