import { type CfnElement, Duration, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as codedeploy from 'aws-cdk-lib/aws-codedeploy';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { DeploymentStrategy } from './deployment-strategy';
import { ALIAS, DOCS } from '../limits/quotas';
import { literalString } from '../limits/values';
import { acknowledge } from '../private/acknowledge';
import { applyAlarmPeriod, lambdaAlarmPeriod, type LambdaAlarmPeriod } from '../private/alarm-period';
import { applyLimitChecks } from '../private/apply-limit-checks';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';
import { createPatternFunction } from '../private/function-defaults';
import { synthesizedProperty } from '../private/lambda-readers';
import { acknowledgeNoFunctionDlq, acknowledgeXrayWildcard } from '../private/nag-acknowledgements';

/** The alias name `CanaryDeployment` uses unless told otherwise. */
const DEFAULT_ALIAS_NAME = 'live';
/** The share of traffic a `WEIGHTED` release sends to the new version unless told otherwise. */
const DEFAULT_NEW_VERSION_WEIGHT = 0.1;
/** The alarms' period unless told otherwise. */
const DEFAULT_ALARM_PERIOD = Duration.minutes(1);

/**
 * Properties for a `CanaryDeployment`.
 */
export interface CanaryDeploymentProps {
  /**
   * An existing function to release. It must be a `lambda.Function` created in this app,
   * because the pattern publishes its versions (`currentVersion`).
   *
   * Give exactly one of `function` and `functionProps`.
   *
   * @default - a function is created from `functionProps`
   */
  readonly function?: lambda.Function;

  /**
   * Properties of a function to create, with this library's function defaults (explicit
   * memory and timeout, active tracing, JSON logs into a log group with a retention, a
   * least-privilege role).
   *
   * Give exactly one of `function` and `functionProps`.
   *
   * @default - `function` is used
   */
  readonly functionProps?: lambda.FunctionProps;

  /**
   * Name of the alias that clients invoke and that traffic shifting moves.
   *
   * @default 'live'
   */
  readonly aliasName?: string;

  /**
   * How traffic moves from the previous version to the new one.
   *
   * @default DeploymentStrategy.CODEDEPLOY
   */
  readonly strategy?: DeploymentStrategy;

  /**
   * The CodeDeploy traffic-shifting configuration. Every predefined canary, linear or
   * all-at-once configuration, or a custom `codedeploy.LambdaDeploymentConfig`.
   * Only with `DeploymentStrategy.CODEDEPLOY`.
   *
   * @default codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES
   */
  readonly deploymentConfig?: codedeploy.ILambdaDeploymentConfig;

  /**
   * More CloudWatch alarms that stop and roll back a deployment, in addition to the
   * pattern's own errors and throttles alarms. Only with `DeploymentStrategy.CODEDEPLOY`.
   *
   * @default - only the pattern's own alarms
   */
  readonly alarms?: cloudwatch.IAlarm[];

  /**
   * The errors alarm fires when the new version's `Errors` (the sum over `alarmPeriod`)
   * is above this number.
   *
   * @default 0 (any error of the new version)
   */
  readonly errorsThreshold?: number;

  /**
   * The throttles alarm fires when the new version's `Throttles` (the sum over
   * `alarmPeriod`) is above this number.
   *
   * @default 0 (any throttle of the new version)
   */
  readonly throttlesThreshold?: number;

  /**
   * The period of the errors and throttles alarms (a multiple of one minute, the
   * resolution of Lambda's metrics, up to 7 days). Each alarm fires on one breaching period.
   * A token (e.g. `Duration.seconds(parameter.valueAsNumber)`) is not checked and goes into
   * the alarms' `Period`; the alarms' `metric` objects then show the default period.
   *
   * @default Duration.minutes(1)
   */
  readonly alarmPeriod?: Duration;

  /**
   * A function CodeDeploy runs before it shifts any traffic (`BeforeAllowTraffic`).
   * Only with `DeploymentStrategy.CODEDEPLOY`.
   *
   * @default - no pre-traffic hook
   */
  readonly preHook?: lambda.IFunction;

  /**
   * A function CodeDeploy runs after all traffic has shifted (`AfterAllowTraffic`).
   * Only with `DeploymentStrategy.CODEDEPLOY`.
   *
   * @default - no post-traffic hook
   */
  readonly postHook?: lambda.IFunction;

  /**
   * When CodeDeploy rolls a deployment back. Only with `DeploymentStrategy.CODEDEPLOY`.
   *
   * @default - roll back when the deployment fails and when an alarm fires; not when
   * it is stopped by hand
   */
  readonly autoRollback?: codedeploy.AutoRollbackConfig;

  /**
   * The version that keeps the rest of the traffic in a `WEIGHTED` release: the alias's
   * primary version. A published version of the same function, never `$LATEST`.
   * Required with `DeploymentStrategy.WEIGHTED`, not allowed otherwise.
   *
   * @default - none (required with `DeploymentStrategy.WEIGHTED`)
   */
  readonly previousVersion?: lambda.IVersion;

  /**
   * The share of invocations, from 0 to 1, that a `WEIGHTED` release sends to the new
   * version; `previousVersion` receives the rest. Only with `DeploymentStrategy.WEIGHTED`.
   * A token (e.g. a parameter's value) is not checked and goes into the alias's
   * `RoutingConfig` as it is.
   *
   * @default 0.1
   */
  readonly newVersionWeight?: number;

  /**
   * What CloudFormation does with a published version when a release replaces it.
   * `RETAIN` keeps old versions, so that CodeDeploy can shift back to them and weighted
   * routing never points at a deleted version; they count toward the Lambda code storage
   * quota, so prune them from time to time.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly versionRemovalPolicy?: RemovalPolicy;
}

/**
 * Safe releases of a Lambda function: publishes a version whenever the function's code or
 * configuration changes, points an alias at it and shifts traffic to it gradually, either
 * with AWS CodeDeploy (canary, linear or all at once, with automatic rollback on alarms) or
 * with plain weighted alias routing.
 */
export class CanaryDeployment extends Construct {
  /** The function being released. */
  public readonly function: lambda.Function;

  /** The version published from the function's current code and configuration. */
  public readonly version: lambda.Version;

  /** The alias that clients invoke. */
  public readonly alias: lambda.Alias;

  /** The CodeDeploy deployment group (only with `DeploymentStrategy.CODEDEPLOY`). */
  public readonly deploymentGroup?: codedeploy.LambdaDeploymentGroup;

  /** The alarms this pattern created: errors and throttles of the new version. */
  public readonly alarms: cloudwatch.Alarm[];

  /** The service role CodeDeploy uses (only with `DeploymentStrategy.CODEDEPLOY`). */
  public readonly deploymentRole?: iam.Role;

  constructor(scope: Construct, id: string, props: CanaryDeploymentProps) {
    super(scope, id);
    requireExactlyOne(this, 'function', props.function, 'functionProps', props.functionProps);
    const strategy = props.strategy ?? DeploymentStrategy.CODEDEPLOY;
    const aliasName = props.aliasName ?? DEFAULT_ALIAS_NAME;
    validateAliasName(this, aliasName);
    validateThreshold(this, 'errorsThreshold', props.errorsThreshold);
    validateThreshold(this, 'throttlesThreshold', props.throttlesThreshold);
    const alarmPeriod = lambdaAlarmPeriod(this, 'alarmPeriod', props.alarmPeriod ?? DEFAULT_ALARM_PERIOD);
    if (strategy === DeploymentStrategy.CODEDEPLOY) {
      rejectProps(this, 'DeploymentStrategy.CODEDEPLOY', 'DeploymentStrategy.WEIGHTED', {
        previousVersion: props.previousVersion, newVersionWeight: props.newVersionWeight,
      });
    } else {
      rejectProps(this, 'DeploymentStrategy.WEIGHTED', 'DeploymentStrategy.CODEDEPLOY', {
        deploymentConfig: props.deploymentConfig,
        alarms: props.alarms,
        preHook: props.preHook,
        postHook: props.postHook,
        autoRollback: props.autoRollback,
      });
    }

    this.function = props.function ?? this.createFunction(props.functionProps!);
    // `currentVersion` is a child of the function whose logical id ends in a hash of the
    // function's code and configuration: a new AWS::Lambda::Version appears when (and only
    // when) they change. The alias and the deployment group below have fixed ids.
    this.version = this.function.currentVersion;
    this.version.applyRemovalPolicy(props.versionRemovalPolicy ?? RemovalPolicy.RETAIN);

    this.alarms = [
      this.newVersionAlarm('ErrorsAlarm', 'Errors', props.errorsThreshold ?? 0, alarmPeriod, aliasName),
      this.newVersionAlarm('ThrottlesAlarm', 'Throttles', props.throttlesThreshold ?? 0, alarmPeriod, aliasName),
    ];

    if (strategy === DeploymentStrategy.WEIGHTED) {
      const previousVersion = this.validatePreviousVersion(props.previousVersion);
      const weight = props.newVersionWeight ?? DEFAULT_NEW_VERSION_WEIGHT;
      validateWeight(this, weight);
      // CloudFormation's AdditionalVersionWeights sends `weight` to the additional version and
      // the rest to the alias's primary version: the new version is the additional one.
      // lambda.Alias rejects any token weight (its 0..1 check reads the token's number), so a
      // token goes into the CfnAlias's RoutingConfig directly.
      const weightIsToken = Token.isUnresolved(weight);
      this.alias = new lambda.Alias(this, 'Alias', {
        aliasName,
        version: previousVersion,
        additionalVersions: weightIsToken ? undefined : [{ version: this.version, weight }],
      });
      if (weightIsToken) {
        (this.alias.node.defaultChild as lambda.CfnAlias).routingConfig = {
          additionalVersionWeights: [{ functionVersion: this.version.version, functionWeight: weight }],
        };
      }
    } else {
      this.alias = new lambda.Alias(this, 'Alias', { aliasName, version: this.version });
      this.deploymentRole = this.createDeploymentRole(props);
      this.deploymentGroup = new codedeploy.LambdaDeploymentGroup(this, 'DeploymentGroup', {
        alias: this.alias,
        deploymentConfig: props.deploymentConfig ?? codedeploy.LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES,
        alarms: [...this.alarms, ...(props.alarms ?? [])],
        preHook: props.preHook,
        postHook: props.postHook,
        autoRollback: props.autoRollback ?? { failedDeployment: true, deploymentInAlarm: true, stoppedDeployment: false },
        // The pattern's role has only inline statements; aws-cdk-lib would otherwise attach
        // the AWSCodeDeployRoleForLambdaLimited managed policy to it.
        role: this.deploymentRole.withoutPolicyUpdates(),
      });
      // The role's inline policy must exist before CodeDeploy moves the alias. (Not a dependency
      // of the group: hooks' roles already depend on the group, and the policy on the hooks.)
      this.alias.node.addDependency(this.deploymentRole);
    }
    // The alarms watch the new version number: CloudFormation updates them before it moves the alias.
    this.alias.node.addDependency(...this.alarms);

    applyLimitChecks(this);
  }

  /**
   * Adds an alarm that stops and rolls back a CodeDeploy deployment, and lets CodeDeploy's
   * role read it. Only with `DeploymentStrategy.CODEDEPLOY`.
   */
  public addAlarm(alarm: cloudwatch.IAlarm): void {
    if (this.deploymentGroup === undefined || this.deploymentRole === undefined) {
      throw new PatternValidationError(this, 'addAlarm() needs DeploymentStrategy.CODEDEPLOY: with DeploymentStrategy.WEIGHTED nothing rolls back on an alarm.');
    }
    this.deploymentGroup.addAlarm(alarm);
    this.grantDescribeAlarms([alarm]);
  }

  /**
   * An alarm on one metric of the NEW version only: the alias's metric with the
   * `ExecutedVersion` dimension, so that neither the previous version's errors nor its
   * share of the traffic (which dilutes a rate) hide or fake a regression.
   */
  private newVersionAlarm(id: string, metricName: string, threshold: number, period: LambdaAlarmPeriod, aliasName: string): cloudwatch.Alarm {
    const metric = new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName,
      dimensionsMap: {
        FunctionName: this.function.functionName,
        Resource: Fn.join(':', [this.function.functionName, aliasName]),
        ExecutedVersion: this.version.version,
      },
      statistic: cloudwatch.Stats.SUM,
      period: period.metricPeriod,
    });
    const alarm = metric.createAlarm(this, id, {
      alarmDescription: `${metricName} of the new version of ${this.node.path} (alias ${aliasName}) above ${threshold} in ${period.tokenSeconds === undefined ? period.metricPeriod.toHumanString() : 'the alarm period'}: CodeDeploy rolls the release back.`,
      threshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    applyAlarmPeriod(alarm, period);
    return alarm;
  }

  /**
   * CodeDeploy's service role, least privilege: the statements of the
   * AWSCodeDeployRoleForLambdaLimited managed policy that a Lambda deployment uses,
   * scoped to this function, its alarms and its hooks.
   */
  private createDeploymentRole(props: CanaryDeploymentProps): iam.Role {
    const role = new iam.Role(this, 'DeploymentRole', {
      assumedBy: new iam.ServicePrincipal('codedeploy.amazonaws.com'),
      description: `CodeDeploy service role of ${this.node.path}, least privilege`,
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['lambda:GetAlias', 'lambda:UpdateAlias', 'lambda:GetProvisionedConcurrencyConfig'],
      resources: [this.function.functionArn, `${this.function.functionArn}:*`],
    }));
    this.grantDescribeAlarmsTo(role, [...this.alarms, ...(props.alarms ?? [])]);
    props.preHook?.grantInvoke(role);
    props.postHook?.grantInvoke(role);
    const functionLogicalId = Stack.of(this).resolve((this.function.node.defaultChild as CfnElement).logicalId);
    acknowledge(role, {
      id: `AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
      reason: 'CodeDeploy reads and moves the alias and reads provisioned concurrency of the versions of this one function; version numbers are assigned at deploy time.',
    });
    return role;
  }

  /** A function from the user's props, with the library's defaults, and the nag findings that do not apply to it. */
  private createFunction(functionProps: lambda.FunctionProps): lambda.Function {
    const fn = createPatternFunction(this, 'Function', functionProps);
    if (functionProps.role === undefined && fn.role !== undefined) acknowledgeXrayWildcard(fn.role);
    acknowledgeNoFunctionDlq(fn, 'CanaryDeployment releases versions of a function; it does not decide how the function is invoked. Asynchronous invocations get a DLQ or on-failure destination from AsyncInvocation, event source mappings from QueueConsumer/StreamConsumer.');
    return fn;
  }

  private grantDescribeAlarms(alarms: cloudwatch.IAlarm[]): void {
    if (this.deploymentRole !== undefined) this.grantDescribeAlarmsTo(this.deploymentRole, alarms);
  }

  private grantDescribeAlarmsTo(role: iam.Role, alarms: cloudwatch.IAlarm[]): void {
    if (alarms.length === 0) return;
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['cloudwatch:DescribeAlarms'],
      resources: alarms.map(alarm => alarm.alarmArn),
    }));
  }

  private validatePreviousVersion(previousVersion: lambda.IVersion | undefined): lambda.IVersion {
    if (previousVersion === undefined) {
      throw new PatternValidationError(this, `previousVersion is required with DeploymentStrategy.WEIGHTED: it is the version that keeps the traffic the new version does not get. See ${DOCS.lambdaAliasRouting}`);
    }
    if (!Token.isUnresolved(previousVersion.version) && previousVersion.version === '$LATEST') {
      throw new PatternValidationError(this, `previousVersion is $LATEST; alias routing accepts only published versions (never $LATEST). Give a published version, e.g. lambda.Version.fromVersionArn(...). See ${DOCS.lambdaAliasRouting}`);
    }
    if (previousVersion === this.version) {
      throw new PatternValidationError(this, `previousVersion is the version this release publishes; weighted routing needs two different versions (the limit is ${ALIAS.maxAdditionalVersions} additional version besides the primary). See ${DOCS.lambdaAliasRouting}`);
    }
    const previousFunction = previousVersion.lambda;
    if (previousFunction !== this.function && sameFunction(this.function, previousFunction) === false) {
      throw new PatternValidationError(this, `previousVersion belongs to ${previousFunction.node.path}, not to ${this.function.node.path}; an alias routes only between versions of its own function. See ${DOCS.lambdaAliasRouting}`);
    }
    return previousVersion;
  }
}

/**
 * Whether two functions are the same, when the pattern can tell: `false` for two different
 * functions defined in this app, or for two different literal names; `undefined` otherwise.
 */
function sameFunction(fn: lambda.Function, other: lambda.IFunction): boolean | undefined {
  if (other === fn) return true;
  if (other instanceof lambda.Function) return false;
  const name = literalString(synthesizedProperty(fn, 'AWS::Lambda::Function', 'FunctionName'));
  const otherName = literalString(Stack.of(fn).resolve(other.functionName));
  if (name !== undefined && otherName !== undefined) return name === otherName;
  return undefined;
}

function validateAliasName(scope: Construct, aliasName: string): void {
  if (Token.isUnresolved(aliasName)) return;
  if (aliasName.length > ALIAS.nameMaxLength || !ALIAS.namePattern.test(aliasName)) {
    throw new PatternValidationError(scope, `aliasName is '${aliasName}'; an alias name has 1 to ${ALIAS.nameMaxLength} letters, digits, '-' or '_', and is not only digits. See ${DOCS.lambdaCreateAlias}`);
  }
}

function validateThreshold(scope: Construct, name: string, value: number | undefined): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isFinite(value) || value < 0) {
    throw new PatternValidationError(scope, `${name} is ${value}; it is a count of invocations and must be 0 or more. See ${DOCS.lambdaMetrics}`);
  }
}

function validateWeight(scope: Construct, weight: number): void {
  if (Token.isUnresolved(weight)) return;
  if (!Number.isFinite(weight) || weight < ALIAS.weightMin || weight > ALIAS.weightMax) {
    throw new PatternValidationError(scope, `newVersionWeight is ${weight}; a routing weight is between ${ALIAS.weightMin} and ${ALIAS.weightMax}. See ${DOCS.lambdaAliasRouting}`);
  }
}

/** Throws for props that only the other strategy uses (never silently drop a setting). */
function rejectProps(scope: Construct, strategy: string, otherStrategy: string, props: { [name: string]: unknown }): void {
  const given = Object.entries(props).filter(([, value]) => value !== undefined).map(([name]) => name);
  if (given.length > 0) {
    throw new PatternValidationError(scope, `${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} only used with ${otherStrategy}, and the strategy is ${strategy}. Remove ${given.length === 1 ? 'it' : 'them'} or change \`strategy\`.`);
  }
}
