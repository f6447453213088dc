import { App, CfnParameter, Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { CanaryDeployment, DeploymentStrategy, type CanaryDeploymentProps } from '../../src';
import { nagErrors } from '../nag';

const RUNTIME = lambda.Runtime.NODEJS_24_X;

function functionProps(code = 'exports.handler = async () => ({ statusCode: 200 });'): lambda.FunctionProps {
  return { runtime: RUNTIME, handler: 'index.handler', code: lambda.Code.fromInline(code) };
}

function testStack(app = new App()): Stack {
  return new Stack(app, 'S', { env: { account: '123456789012', region: 'eu-west-1' } });
}

function canary(props: Partial<CanaryDeploymentProps> = {}, stack = testStack()): { stack: Stack; canary: CanaryDeployment; template: Template } {
  const c = new CanaryDeployment(stack, 'Canary', { functionProps: functionProps(), ...props });
  return { stack, canary: c, template: Template.fromStack(stack) };
}

function logicalIdOf(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.resolve((construct.node.defaultChild as lambda.CfnFunction).logicalId) as string;
}

/** A published version of another function, as a weighted release's previous version. */
function previousOf(stack: Stack, fn: lambda.IFunction, version = '1'): lambda.IVersion {
  return lambda.Version.fromVersionAttributes(stack, `Previous${version}`, { lambda: fn, version });
}

describe('CanaryDeployment defaults (CodeDeploy)', () => {
  const { stack, canary: c, template } = canary();
  const fnId = logicalIdOf(stack, c.function);
  const versionId = logicalIdOf(stack, c.version);

  test('creates the function with the library defaults', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 512, Timeout: 30, TracingConfig: { Mode: 'Active' }, LoggingConfig: Match.objectLike({ LogFormat: 'JSON' }),
    });
  });

  test('publishes the current version, retained when a release replaces it', () => {
    expect(versionId).toMatch(/^CanaryFunctionCurrentVersion/);
    template.hasResource('AWS::Lambda::Version', {
      Properties: { FunctionName: { Ref: fnId } }, DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain',
    });
  });

  test('an alias named live on the new version, moved by CodeDeploy', () => {
    template.hasResource('AWS::Lambda::Alias', {
      Properties: { Name: 'live', FunctionName: { Ref: fnId }, FunctionVersion: { 'Fn::GetAtt': [versionId, 'Version'] } },
      UpdatePolicy: { CodeDeployLambdaAliasUpdate: Match.objectLike({ DeploymentGroupName: { Ref: logicalIdOf(stack, c.deploymentGroup!) } }) },
      DependsOn: Match.arrayWith([logicalIdOf(stack, c.alarms[0]), logicalIdOf(stack, c.alarms[1])]),
    });
    expect(c.alias.aliasName).toBe('live');
  });

  test('a deployment group: canary 10% for 5 minutes, both alarms, rollback on failure and alarm', () => {
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      DeploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      AlarmConfiguration: {
        Enabled: true,
        Alarms: [{ Name: { Ref: logicalIdOf(stack, c.alarms[0]) } }, { Name: { Ref: logicalIdOf(stack, c.alarms[1]) } }],
      },
      AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
    });
  });

  test.each([['Errors', 0], ['Throttles', 1]])('alarm on %s of the NEW version only (ExecutedVersion), any one in a minute', (metricName, index) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metricName,
      Namespace: 'AWS/Lambda',
      Dimensions: Match.arrayWith([
        { Name: 'ExecutedVersion', Value: { 'Fn::GetAtt': [versionId, 'Version'] } },
        { Name: 'FunctionName', Value: { Ref: fnId } },
        { Name: 'Resource', Value: { 'Fn::Join': [':', [{ Ref: fnId }, 'live']] } },
      ]),
      Statistic: 'Sum',
      Period: 60,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
    });
    expect(c.alarms[index].node.id).toBe(`${metricName}Alarm`);
  });

  test('CodeDeploy role: inline least-privilege statements, no managed policy', () => {
    const roles = template.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'codedeploy.amazonaws.com' } })] }) } });
    expect(Object.keys(roles)).toHaveLength(1);
    expect(Object.values(roles)[0].Properties.ManagedPolicyArns).toBeUndefined();
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Object.keys(roles)[0] }],
      PolicyDocument: {
        Statement: [
          { Effect: 'Allow', Action: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'], Resource: [{ 'Fn::GetAtt': [fnId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [fnId, 'Arn'] }, ':*']] }] },
          { Effect: 'Allow', Action: 'cloudwatch:DescribeAlarms', Resource: [{ 'Fn::GetAtt': [logicalIdOf(stack, c.alarms[0]), 'Arn'] }, { 'Fn::GetAtt': [logicalIdOf(stack, c.alarms[1]), 'Arn'] }] },
        ],
      },
    });
    template.hasResource('AWS::Lambda::Alias', { DependsOn: Match.arrayWith([Match.stringLikeRegexp('^CanaryDeploymentRoleDefaultPolicy'), Object.keys(roles)[0]]) });
  });

  test('exposes function, version, alias, deployment group and alarms', () => {
    expect(c.deploymentGroup).toBeInstanceOf(codedeploy.LambdaDeploymentGroup);
    expect(c.deploymentRole).toBeDefined();
    expect(c.alarms).toHaveLength(2);
    expect(c.version).toBe(c.function.currentVersion);
  });

  test('snapshot', () => {
    expect(template.toJSON()).toMatchSnapshot();
  });
});

describe('CanaryDeployment props', () => {
  test('an existing function is released, not replaced', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Mine', functionProps());
    const { canary: c, template } = canary({ functionProps: undefined, function: fn }, stack);
    expect(c.function).toBe(fn);
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Alias', { FunctionName: { Ref: logicalIdOf(stack, fn) } });
  });

  test('aliasName', () => {
    const { template } = canary({ aliasName: 'prod' });
    template.hasResourceProperties('AWS::Lambda::Alias', { Name: 'prod' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Dimensions: Match.arrayWith([{ Name: 'Resource', Value: { 'Fn::Join': [':', [Match.anyValue(), 'prod']] } }]),
    });
  });

  test('deploymentConfig: a predefined linear configuration', () => {
    const { template } = canary({ deploymentConfig: codedeploy.LambdaDeploymentConfig.LINEAR_10PERCENT_EVERY_1MINUTE });
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', { DeploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute' });
  });

  test('deploymentConfig: a custom configuration', () => {
    const stack = testStack();
    const config = new codedeploy.LambdaDeploymentConfig(stack, 'Config', {
      trafficRouting: codedeploy.TrafficRouting.timeBasedCanary({ interval: Duration.minutes(15), percentage: 5 }),
    });
    const { template } = canary({ deploymentConfig: config }, stack);
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', { DeploymentConfigName: { Ref: logicalIdOf(stack, config) } });
  });

  test('alarms: the user\'s alarms also roll back, and CodeDeploy may read them', () => {
    const stack = testStack();
    const mine = cloudwatch.Alarm.fromAlarmArn(stack, 'Latency', 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:latency');
    const { template } = canary({ alarms: [mine] }, stack);
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      AlarmConfiguration: { Enabled: true, Alarms: Match.arrayWith([{ Name: 'latency' }]) },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Action: 'cloudwatch:DescribeAlarms', Resource: Match.arrayWith(['arn:aws:cloudwatch:eu-west-1:123456789012:alarm:latency']),
        })]),
      },
    });
  });

  test('addAlarm() adds an alarm to the group and to the role', () => {
    const stack = testStack();
    const c = new CanaryDeployment(stack, 'Canary', { functionProps: functionProps() });
    c.addAlarm(cloudwatch.Alarm.fromAlarmArn(stack, 'Later', 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:later'));
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', { AlarmConfiguration: { Alarms: Match.arrayWith([{ Name: 'later' }]) } });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Effect: 'Allow', Action: 'cloudwatch:DescribeAlarms', Resource: 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:later' }]) },
    });
  });

  test('errorsThreshold, throttlesThreshold and alarmPeriod', () => {
    const { template } = canary({ errorsThreshold: 5, throttlesThreshold: 2, alarmPeriod: Duration.minutes(3) });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Threshold: 5, Period: 180 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', Threshold: 2, Period: 180 });
  });

  test('preHook and postHook: in the alias update policy, invocable by CodeDeploy only', () => {
    const stack = testStack();
    const pre = new lambda.Function(stack, 'Pre', functionProps());
    const post = new lambda.Function(stack, 'Post', functionProps());
    const { template } = canary({ preHook: pre, postHook: post }, stack);
    template.hasResource('AWS::Lambda::Alias', {
      UpdatePolicy: {
        CodeDeployLambdaAliasUpdate: Match.objectLike({
          BeforeAllowTrafficHook: { Ref: logicalIdOf(stack, pre) }, AfterAllowTrafficHook: { Ref: logicalIdOf(stack, post) },
        }),
      },
    });
    for (const hook of [pre, post]) {
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Action: 'lambda:InvokeFunction', Resource: Match.arrayWith([{ 'Fn::GetAtt': [logicalIdOf(stack, hook), 'Arn'] }]),
          })]),
        },
      });
    }
  });

  test('autoRollback', () => {
    const { template } = canary({ autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: false } });
    template.hasResourceProperties('AWS::CodeDeploy::DeploymentGroup', {
      AutoRollbackConfiguration: { Enabled: true, Events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_REQUEST'] },
    });
  });

  test('versionRemovalPolicy', () => {
    const { template } = canary({ versionRemovalPolicy: RemovalPolicy.DESTROY });
    template.hasResource('AWS::Lambda::Version', { DeletionPolicy: 'Delete' });
  });

  test('strategy CODEDEPLOY explicitly is the default', () => {
    const { template } = canary({ strategy: DeploymentStrategy.CODEDEPLOY });
    template.resourceCountIs('AWS::CodeDeploy::DeploymentGroup', 1);
  });

  test('a token threshold is skipped, not rejected', () => {
    const stack = testStack();
    const threshold = new CfnParameter(stack, 'Threshold', { type: 'Number' }).valueAsNumber;
    const { template } = canary({ errorsThreshold: threshold }, stack);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Threshold: { Ref: 'Threshold' } });
  });

  test('a token alarmPeriod (a parameter in seconds) is skipped and becomes both alarms\' Period', () => {
    const stack = testStack();
    const seconds = new CfnParameter(stack, 'Period', { type: 'Number' }).valueAsNumber;
    const { template } = canary({ alarmPeriod: Duration.seconds(seconds) }, stack);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Period: { Ref: 'Period' } });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Throttles', Period: { Ref: 'Period' } });
  });

  test('a Lazy alarmPeriod in minutes is converted into seconds at synth', () => {
    const { template } = canary({ alarmPeriod: Duration.minutes(Lazy.number({ produce: () => 3 })) });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Period: 180 });
  });

  test('a parameter alarmPeriod in minutes is an error naming alarmPeriod (CloudFormation cannot multiply)', () => {
    const stack = testStack();
    const minutes = new CfnParameter(stack, 'Period', { type: 'Number' }).valueAsNumber;
    expect(() => canary({ alarmPeriod: Duration.minutes(minutes) }, stack))
      .toThrow(/\[S\/Canary\] alarmPeriod is Duration.minutes\(.*\).*must be given in seconds here.*Give Duration.seconds\(token\)/);
  });

  test.each([Duration.minutes(1), Duration.days(7)])('alarmPeriod %s, at a limit, is accepted', period => {
    const { template } = canary({ alarmPeriod: period });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Period: period.toSeconds() });
  });
});

describe('CanaryDeployment WEIGHTED', () => {
  function weighted(extra: Partial<CanaryDeploymentProps> = {}) {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    const previous = previousOf(stack, fn, '7');
    const c = new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: previous, ...extra });
    return { stack, fn, canary: c, template: Template.fromStack(stack) };
  }

  test('the previous version stays primary; the new version gets newVersionWeight (default 0.1)', () => {
    const { stack, canary: c, template } = weighted();
    template.hasResourceProperties('AWS::Lambda::Alias', {
      Name: 'live',
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: [{ FunctionVersion: { 'Fn::GetAtt': [logicalIdOf(stack, c.version), 'Version'] }, FunctionWeight: 0.1 }] },
    });
    template.resourceCountIs('AWS::CodeDeploy::DeploymentGroup', 0);
    template.resourceCountIs('AWS::CloudWatch::Alarm', 2);
    expect(c.deploymentGroup).toBeUndefined();
    expect(c.deploymentRole).toBeUndefined();
    expect(template.findResources('AWS::Lambda::Alias')[logicalIdOf(stack, c.alias)].UpdatePolicy).toBeUndefined();
  });

  test.each([0, 0.25, 1])('newVersionWeight %p', weight => {
    const { template } = weighted({ newVersionWeight: weight });
    template.hasResourceProperties('AWS::Lambda::Alias', {
      RoutingConfig: { AdditionalVersionWeights: [Match.objectLike({ FunctionWeight: weight })] },
    });
  });

  test.each([
    ['a parameter', (stack: Stack) => new CfnParameter(stack, 'Weight', { type: 'Number' }).valueAsNumber, { Ref: 'Weight' }],
    ['a Lazy number', () => Lazy.number({ produce: () => 0.3 }), 0.3],
  ])('a token newVersionWeight (%s) is skipped and goes into the RoutingConfig', (_name, make, rendered) => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    const c = new CanaryDeployment(stack, 'Canary', {
      function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: previousOf(stack, fn, '7'), newVersionWeight: make(stack),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', {
      FunctionVersion: '7',
      RoutingConfig: { AdditionalVersionWeights: [{ FunctionVersion: { 'Fn::GetAtt': [logicalIdOf(stack, c.version), 'Version'] }, FunctionWeight: rendered }] },
    });
  });

  test('addAlarm() is an error: nothing rolls back', () => {
    const { stack, canary: c } = weighted();
    expect(() => c.addAlarm(cloudwatch.Alarm.fromAlarmArn(stack, 'A', 'arn:aws:cloudwatch:eu-west-1:123456789012:alarm:a')))
      .toThrow(/addAlarm\(\) needs DeploymentStrategy.CODEDEPLOY/);
  });

  test('a previous version of the same imported function, by literal name, is accepted', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', { ...functionProps(), functionName: 'orders' });
    const previous = lambda.Version.fromVersionArn(stack, 'Prev', 'arn:aws:lambda:eu-west-1:123456789012:function:orders:3');
    new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: previous });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', { FunctionVersion: '3' });
  });
});

describe('CanaryDeployment rejects bad props', () => {
  test.each<[string, (stack: Stack) => Partial<CanaryDeploymentProps>, RegExp]>([
    ['both function and functionProps', stack => ({ function: new lambda.Function(stack, 'F', functionProps()) }), /give either `function` or `functionProps`, not both/],
    ['neither function nor functionProps', () => ({ functionProps: undefined }), /give one of `function` \(an existing resource\) or `functionProps`/],
    ['an alias name of digits only', () => ({ aliasName: '123' }), /aliasName is '123'; an alias name has 1 to 128 letters.*API_CreateAlias/],
    ['an alias name with a space', () => ({ aliasName: 'my alias' }), /aliasName is 'my alias'/],
    ['an alias name of 129 characters', () => ({ aliasName: 'a'.repeat(129) }), /aliasName is 'a{129}'/],
    ['a negative errorsThreshold', () => ({ errorsThreshold: -1 }), /errorsThreshold is -1; it is a count of invocations and must be 0 or more. See https:\/\/docs.aws.amazon.com\/lambda/],
    ['a negative throttlesThreshold', () => ({ throttlesThreshold: -2 }), /throttlesThreshold is -2/],
    ['an alarm period below a minute', () => ({ alarmPeriod: Duration.seconds(30) }), /alarmPeriod is 30 seconds; .*multiple of 60 seconds/],
    ['an alarm period that is not whole minutes', () => ({ alarmPeriod: Duration.seconds(90) }), /alarmPeriod is 90 seconds/],
    ['an alarm period of 0', () => ({ alarmPeriod: Duration.seconds(0) }), /alarmPeriod is 0 seconds; .*multiple of 60 seconds/],
    ['an alarm period of 1.5 seconds', () => ({ alarmPeriod: Duration.millis(1500) }), /alarmPeriod is 1.5 seconds; .*multiple of 60 seconds/],
    ['an alarm period above 7 days', () => ({ alarmPeriod: Duration.seconds(604_860) }), /alarmPeriod is 604860 seconds \(7 days 1 minute\); .* at most 604800 seconds \(7 days\). See https:\/\/docs.aws.amazon.com\/AmazonCloudWatch\/latest\/APIReference\/API_PutMetricAlarm.html/],
    ['previousVersion with CODEDEPLOY', stack => ({ previousVersion: previousOf(stack, new lambda.Function(stack, 'F', functionProps())) }), /previousVersion is only used with DeploymentStrategy.WEIGHTED, and the strategy is DeploymentStrategy.CODEDEPLOY/],
    ['newVersionWeight with CODEDEPLOY', () => ({ newVersionWeight: 0.2 }), /newVersionWeight is only used with DeploymentStrategy.WEIGHTED/],
    ['CodeDeploy props with WEIGHTED', stack => ({
      strategy: DeploymentStrategy.WEIGHTED,
      deploymentConfig: codedeploy.LambdaDeploymentConfig.ALL_AT_ONCE,
      postHook: new lambda.Function(stack, 'Hook', functionProps()),
    }), /deploymentConfig, postHook are only used with DeploymentStrategy.CODEDEPLOY, and the strategy is DeploymentStrategy.WEIGHTED/],
    ['WEIGHTED without previousVersion', () => ({ strategy: DeploymentStrategy.WEIGHTED }), /previousVersion is required with DeploymentStrategy.WEIGHTED.*configuring-alias-routing/],
  ])('%s', (_name, props, message) => {
    const stack = testStack();
    expect(() => new CanaryDeployment(stack, 'Canary', { functionProps: functionProps(), ...props(stack) })).toThrow(message);
  });

  test.each([-0.1, 1.5])('newVersionWeight %p', weight => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    expect(() => new CanaryDeployment(stack, 'Canary', {
      function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: previousOf(stack, fn), newVersionWeight: weight,
    })).toThrow(new RegExp(`newVersionWeight is ${weight}; a routing weight is between 0 and 1. See https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html`));
  });

  test('previousVersion $LATEST', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    expect(() => new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: fn.latestVersion }))
      .toThrow(/previousVersion is \$LATEST; alias routing accepts only published versions/);
  });

  test('previousVersion is the version being published', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    expect(() => new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: fn.currentVersion }))
      .toThrow(/previousVersion is the version this release publishes/);
  });

  test('previousVersion of another function in the app', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', functionProps());
    const other = new lambda.Function(stack, 'Other', functionProps());
    expect(() => new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: other.currentVersion }))
      .toThrow(/previousVersion belongs to S\/Other, not to S\/Fn; an alias routes only between versions of its own function/);
  });

  test('previousVersion of another function, by literal names', () => {
    const stack = testStack();
    const fn = new lambda.Function(stack, 'Fn', { ...functionProps(), functionName: 'orders' });
    const previous = lambda.Version.fromVersionArn(stack, 'Prev', 'arn:aws:lambda:eu-west-1:123456789012:function:payments:3');
    expect(() => new CanaryDeployment(stack, 'Canary', { function: fn, strategy: DeploymentStrategy.WEIGHTED, previousVersion: previous }))
      .toThrow(/previousVersion belongs to .*, not to S\/Fn/);
  });

  test('a token alias name is skipped, not rejected', () => {
    const stack = testStack();
    const aliasName = Lazy.string({ produce: () => '123' });
    new CanaryDeployment(stack, 'Canary', { functionProps: functionProps(), aliasName });
    Template.fromStack(stack).hasResourceProperties('AWS::Lambda::Alias', { Name: '123' });
  });
});

describe('a release: what changes in the template when code changes', () => {
  function synth(code: string): { versionIds: string[]; aliasId: string; groupId: string; alarmIds: string[] } {
    const stack = testStack();
    const c = new CanaryDeployment(stack, 'Canary', { functionProps: functionProps(code) });
    const template = Template.fromStack(stack);
    return {
      versionIds: Object.keys(template.findResources('AWS::Lambda::Version')),
      aliasId: logicalIdOf(stack, c.alias),
      groupId: logicalIdOf(stack, c.deploymentGroup!),
      alarmIds: c.alarms.map(a => logicalIdOf(stack, a)),
    };
  }

  test('new code: a new version logical id; alias, deployment group and alarms keep theirs', () => {
    const before = synth('exports.handler = async () => 1;');
    const after = synth('exports.handler = async () => 2;');
    expect(before.versionIds).toHaveLength(1);
    expect(after.versionIds).toHaveLength(1);
    expect(after.versionIds[0]).not.toBe(before.versionIds[0]);
    expect(after.aliasId).toBe(before.aliasId);
    expect(after.groupId).toBe(before.groupId);
    expect(after.alarmIds).toEqual(before.alarmIds);
  });

  test('unchanged code: the same version logical id (no new version, no deployment)', () => {
    expect(synth('exports.handler = async () => 1;')).toEqual(synth('exports.handler = async () => 1;'));
  });

  test('a configuration change (memory) also publishes a new version', () => {
    const stack = (memorySize: number) => {
      const s = testStack();
      new CanaryDeployment(s, 'Canary', { functionProps: { ...functionProps(), memorySize } });
      return Object.keys(Template.fromStack(s).findResources('AWS::Lambda::Version'))[0];
    };
    expect(stack(1024)).not.toBe(stack(512));
  });
});

describe('CanaryDeployment and cdk-nag', () => {
  test('CodeDeploy with hooks: no AwsSolutions or Serverless error', () => {
    const app = new App();
    const stack = testStack(app);
    const pre = new CanaryDeployment(stack, 'Hooks', { functionProps: functionProps() });
    new CanaryDeployment(stack, 'Canary', { functionProps: functionProps(), preHook: pre.alias });
    expect(nagErrors(app)).toEqual([]);
  });

  test('WEIGHTED: no AwsSolutions or Serverless error', () => {
    const app = new App();
    const stack = testStack(app);
    const c = new CanaryDeployment(stack, 'First', { functionProps: functionProps() });
    new CanaryDeployment(stack, 'Canary', { function: c.function, aliasName: 'weighted', strategy: DeploymentStrategy.WEIGHTED, previousVersion: previousOf(stack, c.function) });
    expect(nagErrors(app)).toEqual([]);
  });
});
