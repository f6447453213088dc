import { App, CfnParameter, Duration, Lazy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { CanaryDeployment, DeploymentStrategy, ProvisionedConcurrency, type ProvisionedConcurrencyProps } from '../../src';
import { nagErrors } from '../nag';

const RUNTIME = lambda.Runtime.NODEJS_24_X;

function testStack(app = new App()): Stack {
  return new Stack(app, 'S', { env: { account: '123456789012', region: 'eu-west-1' } });
}

function fnOf(stack: Stack, props: Partial<lambda.FunctionProps> = {}, id = 'Fn'): lambda.Function {
  return new lambda.Function(stack, id, {
    runtime: RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;'), ...props,
  });
}

function aliasOf(stack: Stack, props: Partial<lambda.FunctionProps> = {}, aliasProps: Partial<lambda.AliasProps> = {}): lambda.Alias {
  const fn = fnOf(stack, props);
  return new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: fn.currentVersion, ...aliasProps });
}

function logicalIdOf(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((construct.node.defaultChild as lambda.CfnAlias).logicalId) as string;
}

function provisioned(props: Partial<ProvisionedConcurrencyProps> = {}, stack = testStack()) {
  const alias = props.alias ?? aliasOf(stack);
  const pc = new ProvisionedConcurrency(stack, 'PC', { maxCapacity: 10, ...props, alias });
  return { stack, alias, pc, template: Template.fromStack(stack) };
}

describe('ProvisionedConcurrency defaults', () => {
  const { stack, alias, pc, template } = provisioned();
  const fnId = logicalIdOf(stack, alias.version.lambda);
  const aliasId = logicalIdOf(stack, alias);

  test('a scalable target on the alias: min 1, the given max, the service-linked role, after the alias', () => {
    template.hasResource('AWS::ApplicationAutoScaling::ScalableTarget', {
      Properties: {
        ServiceNamespace: 'lambda',
        ScalableDimension: 'lambda:function:ProvisionedConcurrency',
        ResourceId: { 'Fn::Join': [':', ['function', { Ref: fnId }, 'live']] },
        MinCapacity: 1,
        MaxCapacity: 10,
        RoleARN: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::123456789012:role/aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency']] },
      },
      DependsOn: [aliasId],
    });
    template.resourceCountIs('AWS::IAM::Role', 1);
  });

  test('target tracking on provisioned-concurrency utilization at 0.7', () => {
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      PolicyType: 'TargetTrackingScaling',
      ScalingTargetId: { Ref: logicalIdOf(stack, pc.scalableTarget) },
      TargetTrackingScalingPolicyConfiguration: {
        PredefinedMetricSpecification: { PredefinedMetricType: 'LambdaProvisionedConcurrencyUtilization' },
        TargetValue: 0.7,
      },
    });
  });

  test('no scheduled actions', () => {
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { ScheduledActions: Match.absent() });
  });

  test('the alias keeps no fixed provisioned concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::Alias', { ProvisionedConcurrencyConfig: Match.absent() });
  });

  test('a spillover alarm: any invocation on on-demand concurrency in 5 minutes', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'ProvisionedConcurrencySpilloverInvocations',
      Dimensions: [
        { Name: 'FunctionName', Value: { Ref: fnId } },
        { Name: 'Resource', Value: { 'Fn::Join': [':', [{ Ref: fnId }, 'live']] } },
      ],
      Statistic: 'Sum',
      Period: 300,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
    });
    expect(pc.alarms).toHaveLength(1);
  });

  test('exposes the alias and the scalable target', () => {
    expect(pc.alias).toBe(alias);
    expect(pc.scalableTarget).toBeInstanceOf(appscaling.ScalableTarget);
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('ProvisionedConcurrency props', () => {
  test('minCapacity, maxCapacity and utilizationTarget', () => {
    const { template } = provisioned({ minCapacity: 5, maxCapacity: 50, utilizationTarget: 0.5 });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 5, MaxCapacity: 50 });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({ TargetValue: 0.5 }),
    });
  });

  test.each([0.1, 0.9])('utilizationTarget %p (the edges) is accepted', target => {
    const { template } = provisioned({ utilizationTarget: target });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
      TargetTrackingScalingPolicyConfiguration: Match.objectLike({ TargetValue: target }),
    });
  });

  test('minCapacity equal to maxCapacity is accepted', () => {
    const { template } = provisioned({ minCapacity: 3, maxCapacity: 3 });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 3, MaxCapacity: 3 });
  });

  test('schedules: business hours up, night down', () => {
    const { template } = provisioned({
      maxCapacity: 100,
      schedules: {
        BusinessHours: { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0', weekDay: 'MON-FRI' }), minCapacity: 20, maxCapacity: 100 },
        Night: { schedule: appscaling.Schedule.cron({ hour: '20', minute: '0' }), minCapacity: 1 },
      },
    });
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
      ScheduledActions: [
        { ScheduledActionName: 'BusinessHours', Schedule: 'cron(0 8 ? * MON-FRI *)', ScalableTargetAction: { MinCapacity: 20, MaxCapacity: 100 } },
        { ScheduledActionName: 'Night', Schedule: 'cron(0 20 * * ? *)', ScalableTargetAction: { MinCapacity: 1 } },
      ],
    });
  });

  test('alarmPeriod', () => {
    const { template } = provisioned({ alarmPeriod: Duration.minutes(1) });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ProvisionedConcurrencySpilloverInvocations', Period: 60 });
  });

  test('alarmPeriod of 7 days (the maximum) is accepted', () => {
    const { template } = provisioned({ alarmPeriod: Duration.days(7) });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ProvisionedConcurrencySpilloverInvocations', Period: 604_800 });
  });

  test.each([
    ['a parameter in seconds', (stack: Stack) => Duration.seconds(new CfnParameter(stack, 'Period', { type: 'Number' }).valueAsNumber), { Ref: 'Period' }],
    ['a Lazy number of seconds', () => Duration.seconds(Lazy.number({ produce: () => 120 })), 120],
    ['a Lazy number of minutes', () => Duration.minutes(Lazy.number({ produce: () => 2 })), 120],
  ])('a token alarmPeriod (%s) is skipped and becomes the alarm\'s Period', (_name, make, rendered) => {
    const stack = testStack();
    const { template } = provisioned({ alarmPeriod: make(stack) }, stack);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ProvisionedConcurrencySpilloverInvocations', Period: rendered });
  });

  test('an imported alias (IAlias) is scaled too', () => {
    const stack = testStack();
    const fn = lambda.Function.fromFunctionArn(stack, 'Imported', 'arn:aws:lambda:eu-west-1:123456789012:function:orders');
    const alias = lambda.Alias.fromAliasAttributes(stack, 'ImportedAlias', {
      aliasName: 'prod', aliasVersion: lambda.Version.fromVersionAttributes(stack, 'V', { lambda: fn, version: '4' }),
    });
    const { template } = provisioned({ alias }, stack);
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { ResourceId: 'function:orders:prod' });
  });

  test('token capacities are skipped, not rejected', () => {
    const stack = testStack();
    const max = new CfnParameter(stack, 'Max', { type: 'Number' }).valueAsNumber;
    const { template } = provisioned({ minCapacity: 200, maxCapacity: max }, stack);
    template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', { MinCapacity: 200, MaxCapacity: { Ref: 'Max' } });
  });
});

describe('ProvisionedConcurrency rejects bad props', () => {
  test.each<[string, Partial<ProvisionedConcurrencyProps>, RegExp]>([
    ['minCapacity 0', { minCapacity: 0 }, /minCapacity is 0; provisioned concurrency is a whole number of at least 1 \(PutProvisionedConcurrencyConfig\).*See https:\/\/docs.aws.amazon.com\/lambda\/latest\/dg\/provisioned-concurrency.html/],
    ['maxCapacity 0', { maxCapacity: 0 }, /maxCapacity is 0; provisioned concurrency is a whole number of at least 1/],
    ['a fractional minCapacity', { minCapacity: 1.5 }, /minCapacity is 1.5/],
    ['minCapacity above maxCapacity', { minCapacity: 11, maxCapacity: 10 }, /minCapacity is 11 and maxCapacity is 10; the minimum must not be above the maximum. See https:\/\/docs.aws.amazon.com\/autoscaling/],
    ['utilizationTarget below 0.1', { utilizationTarget: 0.05 }, /utilizationTarget is 0.05; the target of LambdaProvisionedConcurrencyUtilization is between 0.1 and 0.9/],
    ['utilizationTarget above 0.9', { utilizationTarget: 0.95 }, /utilizationTarget is 0.95/],
    ['a schedule with neither min nor max', { schedules: { Empty: { schedule: appscaling.Schedule.rate(Duration.hours(1)) } } }, /schedules.Empty sets neither minCapacity nor maxCapacity/],
    ['a schedule with min 0', { schedules: { Off: { schedule: appscaling.Schedule.rate(Duration.hours(1)), minCapacity: 0 } } }, /schedules.Off.minCapacity is 0; provisioned concurrency is a whole number of at least 1/],
    ['a schedule with min above max', { schedules: { Odd: { schedule: appscaling.Schedule.rate(Duration.hours(1)), minCapacity: 5, maxCapacity: 4 } } }, /schedules.Odd.minCapacity is 5 and schedules.Odd.maxCapacity is 4/],
    ['alarmPeriod of 45 seconds', { alarmPeriod: Duration.seconds(45) }, /\[S\/PC\] alarmPeriod is 45 seconds; Lambda publishes its metrics every 60 seconds, so the period must be a multiple of 60 seconds.*See https:\/\/docs.aws.amazon.com\/lambda\/latest\/dg\/monitoring-metrics-types.html/],
    ['alarmPeriod of 0', { alarmPeriod: Duration.seconds(0) }, /alarmPeriod is 0 seconds; .*multiple of 60 seconds/],
    ['alarmPeriod of 30 seconds (high resolution only)', { alarmPeriod: Duration.seconds(30) }, /alarmPeriod is 30 seconds/],
    ['alarmPeriod above 7 days', { alarmPeriod: Duration.days(8) }, /alarmPeriod is 691200 seconds \(8 days\); .*at most 604800 seconds \(7 days\). See https:\/\/docs.aws.amazon.com\/AmazonCloudWatch\/latest\/APIReference\/API_PutMetricAlarm.html/],
  ])('%s', (_name, props, message) => {
    expect(() => provisioned(props)).toThrow(message);
  });

  test('a parameter alarmPeriod in minutes is an error naming alarmPeriod (CloudFormation cannot multiply)', () => {
    const stack = testStack();
    const minutes = new CfnParameter(stack, 'Period', { type: 'Number' }).valueAsNumber;
    expect(() => provisioned({ alarmPeriod: Duration.minutes(minutes) }, stack))
      .toThrow(/\[S\/PC\] alarmPeriod is Duration.minutes\(.*\).*must be given in seconds here.*Give Duration.seconds\(token\)/);
  });

  test('an alias on $LATEST', () => {
    const stack = testStack();
    const fn = fnOf(stack);
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'latest', version: fn.latestVersion });
    expect(() => provisioned({ alias }, stack)).toThrow(/alias S\/Alias points at \$LATEST; provisioned concurrency needs a published version/);
  });

  test('an alias that sets provisionedConcurrentExecutions itself', () => {
    const stack = testStack();
    const alias = aliasOf(stack, {}, { provisionedConcurrentExecutions: 5 });
    expect(() => provisioned({ alias }, stack))
      .toThrow(/alias S\/Alias sets provisionedConcurrentExecutions \(5\) and Application Auto Scaling would manage the same number.*Remove provisionedConcurrentExecutions from the alias and set minCapacity instead/);
  });

  test('two ProvisionedConcurrency on one alias', () => {
    const { stack, alias } = provisioned();
    expect(() => new ProvisionedConcurrency(stack, 'Again', { alias, maxCapacity: 5 })).toThrow(/alias S\/Alias already has provisioned-concurrency auto scaling/);
  });

  test('an alias already scaled with alias.addAutoScaling()', () => {
    const stack = testStack();
    const alias = aliasOf(stack);
    alias.addAutoScaling({ maxCapacity: 5 });
    expect(() => provisioned({ alias }, stack)).toThrow(/already has provisioned-concurrency auto scaling \(another ProvisionedConcurrency or alias.addAutoScaling\(\)\)/);
  });

  test('a function with SnapStart', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', {
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'index.handler',
      code: lambda.Code.fromInline('def handler(e, c): return 1'),
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
    });
    const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'live', version: fn.currentVersion });
    expect(() => provisioned({ alias }, stack))
      .toThrow(/function S\/Fn has SnapStart enabled \(SnapStart.ApplyOn is PublishedVersions\); Lambda does not support SnapStart together with provisioned concurrency.*snapstart.html/);
  });

  test('minCapacity above the function\'s reserved concurrency', () => {
    const stack = testStack();
    const alias = aliasOf(stack, { reservedConcurrentExecutions: 4 });
    expect(() => provisioned({ alias, minCapacity: 5 }, stack))
      .toThrow(/minCapacity is 5 and function S\/Fn has reservedConcurrentExecutions 4; Lambda cannot allocate more provisioned concurrency than a function's reserved concurrency/);
  });
});

describe('ProvisionedConcurrency warnings', () => {
  test('maxCapacity above the function\'s reserved concurrency', () => {
    const stack = testStack();
    provisioned({ alias: aliasOf(stack, { reservedConcurrentExecutions: 8 }), maxCapacity: 10 }, stack);
    Annotations.fromStack(stack).hasWarning('/S/PC', Match.stringLikeRegexp(
      '^\\[cdk-lambda-patterns:ProvisionedConcurrencyAboveReserved\\] S/PC: maxCapacity is 10 and function S/Fn has reservedConcurrentExecutions 8;.*scaling stops at 8'));
  });

  test('a schedule\'s maxCapacity above the reserved concurrency', () => {
    const stack = testStack();
    provisioned({
      alias: aliasOf(stack, { reservedConcurrentExecutions: 8 }),
      maxCapacity: 5,
      schedules: { Peak: { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), maxCapacity: 20 } },
    }, stack);
    Annotations.fromStack(stack).hasWarning('/S/PC', Match.stringLikeRegexp('ProvisionedConcurrencyAboveReserved.*maxCapacity is 20'));
  });

  test('no warning when maxCapacity fits the reserved concurrency', () => {
    const stack = testStack();
    provisioned({ alias: aliasOf(stack, { reservedConcurrentExecutions: 10 }), maxCapacity: 10 }, stack);
    Annotations.fromStack(stack).hasNoWarning('/S/PC', Match.stringLikeRegexp('ProvisionedConcurrency'));
  });

  test('an alias with weighted routing cannot be scaled until the release is promoted', () => {
    const stack = testStack();
    const fn = fnOf(stack);
    const canary = new CanaryDeployment(stack, 'Canary', {
      function: fn,
      strategy: DeploymentStrategy.WEIGHTED,
      previousVersion: lambda.Version.fromVersionAttributes(stack, 'Prev', { lambda: fn, version: '1' }),
    });
    new ProvisionedConcurrency(stack, 'PC', { alias: canary.alias, maxCapacity: 10 });
    Annotations.fromStack(stack).hasWarning('/S/PC', Match.stringLikeRegexp(
      '^\\[cdk-lambda-patterns:ProvisionedConcurrencyRoutedAlias\\] S/PC: alias S/Canary/Alias has a routing configuration'));
  });
});

describe('CanaryDeployment -> ProvisionedConcurrency on its alias', () => {
  function composed(app = new App()) {
    const stack = testStack(app);
    const canary = new CanaryDeployment(stack, 'Canary', {
      functionProps: { runtime: RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => 1;') },
    });
    const pc = new ProvisionedConcurrency(stack, 'PC', { alias: canary.alias, minCapacity: 2, maxCapacity: 20 });
    return { stack, canary, pc };
  }

  test('one alias: moved by CodeDeploy, scaled by Application Auto Scaling, registered after it exists', () => {
    const { stack, canary, pc } = composed();
    const template = Template.fromStack(stack);
    const aliasId = logicalIdOf(stack, canary.alias);
    template.resourceCountIs('AWS::Lambda::Alias', 1);
    template.hasResource('AWS::Lambda::Alias', { UpdatePolicy: { CodeDeployLambdaAliasUpdate: Match.anyValue() }, Properties: { ProvisionedConcurrencyConfig: Match.absent() } });
    template.hasResource('AWS::ApplicationAutoScaling::ScalableTarget', { DependsOn: [aliasId] });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: Match.arrayWith(['lambda:GetProvisionedConcurrencyConfig']) })]) },
    });
    expect(pc.alias).toBe(canary.alias);
  });

  test('cdk-nag: no AwsSolutions or Serverless error', () => {
    const app = new App();
    composed(app);
    expect(nagErrors(app)).toEqual([]);
  });
});
