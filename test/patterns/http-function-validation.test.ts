import { Duration, Lazy } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as authorizers from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { functionProps, listenerOf, newStack } from './http-fixtures';
import { FrontDoor, HttpFunction, type HttpFunctionProps } from '../../src';


function build(props: Partial<HttpFunctionProps>, stack = newStack()): HttpFunction {
  return new HttpFunction(stack, 'Http', { frontDoor: FrontDoor.functionUrl(), ...props } as HttpFunctionProps);
}

describe('HttpFunction: function or functionProps', () => {
  test('neither is an error', () => {
    expect(() => build({})).toThrow(/\[Stack\/Http\] give one of `function` \(an existing resource\) or `functionProps`/);
  });

  test('both is an error', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    expect(() => build({ function: fn, functionProps: functionProps() }, stack)).toThrow(/give either `function` or `functionProps`, not both/);
  });
});

describe('HttpFunction: alarm settings', () => {
  test.each([0, 100, -1, 150])('errorRateThreshold %p is an error', (threshold) => {
    expect(() => build({ functionProps: functionProps(), errorRateThreshold: threshold }))
      .toThrow(new RegExp(`\`errorRateThreshold\` is ${threshold}; it is a percentage of requests, above 0 and below 100.*monitoring-metrics-types`));
  });

  test('errorRateThreshold at the edges (0.1, 99.9) is accepted, a token is skipped', () => {
    expect(() => build({ functionProps: functionProps(), errorRateThreshold: 0.1 })).not.toThrow();
    expect(() => build({ functionProps: functionProps(), errorRateThreshold: 99.9 })).not.toThrow();
    expect(() => build({ functionProps: functionProps(), errorRateThreshold: Lazy.number({ produce: () => 500 }) })).not.toThrow();
  });

  test('latencyAlarmThreshold of 0 is an error', () => {
    expect(() => build({ functionProps: functionProps(), latencyAlarmThreshold: Duration.millis(0) }))
      .toThrow(/`latencyAlarmThreshold` is 0 ms; it must be above 0/);
  });

  test('latencyAlarmThreshold at or above the timeout is an error; just below it is accepted', () => {
    expect(() => build({ functionProps: functionProps({ timeout: Duration.seconds(10) }), latencyAlarmThreshold: Duration.seconds(10) }))
      .toThrow(/`latencyAlarmThreshold` is 10000 ms, not below the 10000 ms timeout of the function or front door.*configuration-timeout/);
    expect(() => build({ functionProps: functionProps({ timeout: Duration.seconds(10) }), latencyAlarmThreshold: Duration.millis(9999) }))
      .not.toThrow();
  });

  test('a token latencyAlarmThreshold in the metric\'s unit is used; in another unit it is an error that says which', () => {
    const tokenMillis = Duration.millis(Lazy.number({ produce: () => 100 }));
    expect(() => build({ functionProps: functionProps(), latencyAlarmThreshold: tokenMillis })).not.toThrow();
    const stack = newStack();
    expect(() => build({
      functionProps: functionProps(),
      frontDoor: FrontDoor.alb({ listener: listenerOf(stack) }),
      latencyAlarmThreshold: Duration.millis(Lazy.number({ produce: () => 100 })),
    }, stack)).toThrow(/`latencyAlarmThreshold` is a token.*latency metric is in seconds, so give it with Duration.seconds\(token\)/);
  });
});

describe('HttpFunction: function URL', () => {
  test('authType NONE without allowPublicAccess is an error', () => {
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.functionUrl({ authType: lambda.FunctionUrlAuthType.NONE }) }))
      .toThrow(/`frontDoor.authType` is NONE: anyone on the internet could invoke the function.*`allowPublicAccess: true`.*urls-auth/);
  });

  test('allowPublicAccess with AWS_IAM is an error (never silently ignored)', () => {
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.functionUrl({ allowPublicAccess: true }) }))
      .toThrow(/`frontDoor.allowPublicAccess` is true but `frontDoor.authType` is AWS_IAM/);
  });

  test('a function that already has a URL is an error', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    fn.addFunctionUrl();
    expect(() => build({ function: fn }, stack)).toThrow(/`function` \(Stack\/Fn\) already has a function URL \(Stack\/Fn\/FunctionUrl\); Lambda allows one URL per function or alias/);
  });
});

describe('HttpFunction: ALB', () => {
  test('conditions without priority is an error', () => {
    const stack = newStack();
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.alb({ listener: listenerOf(stack), conditions: [elbv2.ListenerCondition.pathPatterns(['/a'])] }) }, stack))
      .toThrow(/`frontDoor.conditions` is set without `frontDoor.priority`.*from 1 to 50000.*listener-rules/);
  });

  test('priority without conditions is an error', () => {
    const stack = newStack();
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.alb({ listener: listenerOf(stack), priority: 3 }) }, stack))
      .toThrow(/`frontDoor.priority` is 3 without `frontDoor.conditions`/);
  });

  test.each([0, 50_001, 1.5])('priority %p is an error', (priority) => {
    const stack = newStack();
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.alb({ listener: listenerOf(stack), priority, conditions: [elbv2.ListenerCondition.pathPatterns(['/a'])] }) }, stack))
      .toThrow(new RegExp(`\`frontDoor.priority\` is ${priority}; a listener rule priority is a whole number from 1 to 50000`));
  });

  test('priorities 1 and 50,000 are accepted, a token is skipped', () => {
    for (const priority of [1, 50_000, Lazy.number({ produce: () => 70_000 })]) {
      const stack = newStack();
      expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.alb({ listener: listenerOf(stack), priority, conditions: [elbv2.ListenerCondition.pathPatterns(['/a'])] }) }, stack)).not.toThrow();
    }
  });
});

describe('HttpFunction: REST API', () => {
  test('a function timeout longer than the integration timeout is an error with both numbers', () => {
    expect(() => build({ functionProps: functionProps({ timeout: Duration.seconds(60) }), frontDoor: FrontDoor.restApi() }))
      .toThrow(/the timeout of `function` \(Stack\/Http\/Function\) is 60 s, longer than frontDoor.timeout \(the REST integration timeout\), 29 s: API Gateway answers 504 at 29 s.*lower the function timeout to at most 29 s, or raise `frontDoor.timeout` \(above 29 s only on a Regional or private REST API, after a Service Quotas increase.*api-gateway-execution-service-limits-table.html/);
  });

  test('an existing alias whose function runs longer than a shorter integration timeout is an error', () => {
    const stack = newStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps({ timeout: Duration.seconds(11) }));
    expect(() => build({ function: fn.addAlias('live'), frontDoor: FrontDoor.restApi({ timeout: Duration.seconds(10) }) }, stack))
      .toThrow(/the timeout of `function` \(Stack\/Fn\/Aliaslive\) is 11 s, longer than frontDoor.timeout \(the REST integration timeout\), 10 s/);
  });

  test('a function timeout equal to the integration timeout is accepted', () => {
    expect(() => build({ functionProps: functionProps({ timeout: Duration.seconds(29) }), frontDoor: FrontDoor.restApi() })).not.toThrow();
  });

  test('authorizer together with allowPublicAccess is an error', () => {
    const stack = newStack();
    const authorizer = new apigateway.TokenAuthorizer(stack, 'Auth', { handler: new lambda.Function(stack, 'AuthFn', functionProps()) });
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.restApi({ authorizer, allowPublicAccess: true }) }, stack))
      .toThrow(/`frontDoor.allowPublicAccess` is true and `frontDoor.authorizer` is set; a method either has an authorizer or is public/);
  });

  test.each([
    ['throttle', { throttle: { rateLimit: 5 } }],
    ['endpointType', { endpointType: apigateway.EndpointType.EDGE }],
    ['cloudWatchRole', { cloudWatchRole: false }],
  ])('%s with an existing api is an error', (name, extra) => {
    const stack = newStack();
    const api = new apigateway.RestApi(stack, 'Api');
    api.root.addMethod('GET', new apigateway.MockIntegration());
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.restApi({ api, ...extra }) }, stack))
      .toThrow(new RegExp(`\`frontDoor.${name}\` is set together with \`frontDoor.api\`; it applies only to a REST API this construct creates`));
  });

  test('a negative throttle is an error', () => {
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.restApi({ throttle: { burstLimit: -1 } }) }))
      .toThrow(/`frontDoor.throttle.burstLimit` is -1; it must be 0 or more/);
  });
});

describe('HttpFunction: HTTP API', () => {
  test('a function timeout longer than the integration timeout is an error that says the limit cannot be raised', () => {
    const frontDoor = FrontDoor.httpApi({ timeout: Duration.seconds(20) });
    expect(() => build({ functionProps: functionProps({ timeout: Duration.seconds(40) }), frontDoor }))
      .toThrow(/is 40 s, longer than frontDoor.timeout \(the HTTP API integration timeout\), 20 s.*an HTTP API waits 30 s at most and the quota cannot be raised.*http-api-quotas/);
  });

  test('an imported function is skipped (its timeout is unknown)', () => {
    const stack = newStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Fn', 'arn:aws:lambda:eu-west-1:123456789012:function:orders');
    expect(() => build({ function: fn, frontDoor: FrontDoor.httpApi({ timeout: Duration.seconds(5) }) }, stack)).not.toThrow();
  });

  test('authorizer together with allowPublicAccess is an error', () => {
    const frontDoor = FrontDoor.httpApi({ authorizer: new authorizers.HttpIamAuthorizer(), allowPublicAccess: true });
    expect(() => build({ functionProps: functionProps(), frontDoor }))
      .toThrow(/`frontDoor.allowPublicAccess` is true and `frontDoor.authorizer` is set; a route either has an authorizer or is public/);
  });

  test('throttle with an existing api is an error', () => {
    const stack = newStack();
    const api = new apigwv2.HttpApi(stack, 'Api');
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.httpApi({ api, throttle: { rateLimit: 1 } }) }, stack))
      .toThrow(/`frontDoor.throttle` is set together with `frontDoor.api`/);
  });

  test('a negative throttle is an error', () => {
    expect(() => build({ functionProps: functionProps(), frontDoor: FrontDoor.httpApi({ throttle: { rateLimit: -5 } }) }))
      .toThrow(/`frontDoor.throttle.rateLimit` is -5; it must be 0 or more/);
  });
});
