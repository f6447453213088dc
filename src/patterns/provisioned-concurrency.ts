import { Annotations, Duration, Fn, Stack, Token } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct, type IConstruct } from 'constructs';
import { RULE_ID_PREFIX } from '../limits/engine';
import { CONCURRENCY, DOCS, PROVISIONED_SCALING } from '../limits/quotas';
import { applyAlarmPeriod, lambdaAlarmPeriod } from '../private/alarm-period';
import { applyLimitChecks } from '../private/apply-limit-checks';
import { PatternValidationError } from '../private/errors';
import {
  aliasAdditionalVersions, aliasProvisionedConcurrency, isLiteralNonInteger, reservedConcurrency, snapStartApplyOn,
} from '../private/lambda-readers';

/** The spillover alarm's period unless told otherwise. */
const DEFAULT_ALARM_PERIOD = Duration.minutes(5);
/** The scalable dimension of Lambda provisioned concurrency in Application Auto Scaling. */
const SCALABLE_DIMENSION = 'lambda:function:ProvisionedConcurrency';
/** The service-linked role Application Auto Scaling uses for Lambda (created on first use). */
const SERVICE_LINKED_ROLE = 'aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency';

/** Aliases that already have a ProvisionedConcurrency, so that two never scale one alias. */
const scaledAliases = new WeakSet<IConstruct>();

/**
 * Properties for a `ProvisionedConcurrency`.
 */
export interface ProvisionedConcurrencyProps {
  /**
   * The alias to keep warm: a `CanaryDeployment`'s alias, or your own. It must point at a
   * published version (never `$LATEST`) and must not set `provisionedConcurrentExecutions`
   * itself: Application Auto Scaling owns the number.
   */
  readonly alias: lambda.IAlias;

  /**
   * The provisioned concurrency Application Auto Scaling never goes below (at least 1).
   *
   * @default 1
   */
  readonly minCapacity?: number;

  /**
   * The provisioned concurrency Application Auto Scaling never goes above.
   */
  readonly maxCapacity: number;

  /**
   * The target of the target-tracking policy on `LambdaProvisionedConcurrencyUtilization`
   * (the share of provisioned concurrency in use), from 0.1 to 0.9.
   *
   * @default 0.7
   */
  readonly utilizationTarget?: number;

  /**
   * Scheduled scaling actions, keyed by a name (used as the construct id and the scheduled
   * action name), e.g. `{ BusinessHours: { schedule: appscaling.Schedule.cron({ hour: '8', minute: '0' }), minCapacity: 20 } }`.
   * Each sets a new minimum and/or maximum at the scheduled time; the target-tracking
   * policy keeps working inside the new range.
   *
   * @default - no scheduled actions
   */
  readonly schedules?: { [name: string]: appscaling.ScalingSchedule };

  /**
   * The period of the spillover alarm, which fires when any invocation ran on on-demand
   * concurrency (`ProvisionedConcurrencySpilloverInvocations` > 0) within one period.
   * A multiple of one minute (the resolution of Lambda's metrics), up to 7 days. A token
   * (e.g. `Duration.seconds(parameter.valueAsNumber)`) is not checked and goes into the
   * alarm's `Period`; the alarm's `metric` then shows the default period.
   *
   * @default Duration.minutes(5)
   */
  readonly alarmPeriod?: Duration;
}

/**
 * Provisioned concurrency on a Lambda alias, managed by Application Auto Scaling: a
 * scalable target between a minimum and a maximum, a target-tracking policy on
 * provisioned-concurrency utilization, optional scheduled actions, and an alarm on
 * invocations that spilled over to on-demand concurrency (cold starts).
 */
export class ProvisionedConcurrency extends Construct {
  /** The alias whose provisioned concurrency is scaled. */
  public readonly alias: lambda.IAlias;

  /** The Application Auto Scaling target (`lambda:function:ProvisionedConcurrency`). */
  public readonly scalableTarget: appscaling.ScalableTarget;

  /** The alarms this pattern created: spillover invocations. */
  public readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: ProvisionedConcurrencyProps) {
    super(scope, id);
    this.alias = props.alias;
    const minCapacity = props.minCapacity ?? CONCURRENCY.provisionedMinimum;
    const utilizationTarget = props.utilizationTarget ?? PROVISIONED_SCALING.utilizationTargetDefault;
    this.validateCapacity('minCapacity', minCapacity);
    this.validateCapacity('maxCapacity', props.maxCapacity);
    this.validateRange('minCapacity', minCapacity, 'maxCapacity', props.maxCapacity);
    this.validateUtilizationTarget(utilizationTarget);
    const period = lambdaAlarmPeriod(this, 'alarmPeriod', props.alarmPeriod ?? DEFAULT_ALARM_PERIOD);
    const schedules = Object.entries(props.schedules ?? {});
    for (const [name, schedule] of schedules) this.validateSchedule(name, schedule);
    this.validateAlias(props.alias);
    this.validateFunction(props.alias.version.lambda, minCapacity, [props.maxCapacity, ...schedules.map(([, s]) => s.maxCapacity)]);
    scaledAliases.add(props.alias);

    const functionName = props.alias.version.lambda.functionName;
    const qualifiedName = Fn.join(':', [functionName, props.alias.aliasName]);
    this.scalableTarget = new appscaling.ScalableTarget(this, 'ScalableTarget', {
      serviceNamespace: appscaling.ServiceNamespace.LAMBDA,
      scalableDimension: SCALABLE_DIMENSION,
      resourceId: Fn.join(':', ['function', qualifiedName]),
      minCapacity,
      maxCapacity: props.maxCapacity,
      role: iam.Role.fromRoleArn(this, 'ScalingRole', Stack.of(this).formatArn({
        service: 'iam', region: '', resource: 'role', resourceName: SERVICE_LINKED_ROLE,
      }), { mutable: false }),
    });
    // The resource id names the alias only by its name: without this dependency,
    // CloudFormation could register the target before the alias exists.
    this.scalableTarget.node.addDependency(props.alias);
    this.scalableTarget.scaleToTrackMetric('Utilization', {
      targetValue: utilizationTarget,
      predefinedMetric: appscaling.PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
    });
    for (const [name, schedule] of schedules) this.scalableTarget.scaleOnSchedule(name, schedule);

    const spillover = new cloudwatch.Metric({
      namespace: 'AWS/Lambda',
      metricName: 'ProvisionedConcurrencySpilloverInvocations',
      dimensionsMap: { FunctionName: functionName, Resource: qualifiedName },
      statistic: cloudwatch.Stats.SUM,
      period: period.metricPeriod,
    });
    const spilloverAlarm = spillover.createAlarm(this, 'SpilloverAlarm', {
      alarmDescription: `Invocations of ${this.node.path} that found no provisioned concurrency free and ran on on-demand concurrency (cold starts) in ${period.tokenSeconds === undefined ? period.metricPeriod.toHumanString() : 'the alarm period'}: raise maxCapacity or lower utilizationTarget.`,
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    applyAlarmPeriod(spilloverAlarm, period);
    this.alarms = [spilloverAlarm];

    applyLimitChecks(this);
  }

  private validateCapacity(name: string, value: number): void {
    if (Token.isUnresolved(value)) return;
    if (!Number.isFinite(value) || isLiteralNonInteger(value) || value < CONCURRENCY.provisionedMinimum) {
      throw new PatternValidationError(this, `${name} is ${value}; provisioned concurrency is a whole number of at least ${CONCURRENCY.provisionedMinimum} (PutProvisionedConcurrencyConfig). To stop provisioning, remove the ProvisionedConcurrency. See ${DOCS.lambdaProvisionedConcurrency}`);
    }
  }

  private validateRange(minName: string, min: number | undefined, maxName: string, max: number | undefined): void {
    if (min === undefined || max === undefined || Token.isUnresolved(min) || Token.isUnresolved(max)) return;
    if (min > max) {
      throw new PatternValidationError(this, `${minName} is ${min} and ${maxName} is ${max}; the minimum must not be above the maximum. See ${DOCS.lambdaAutoScaling}`);
    }
  }

  private validateUtilizationTarget(target: number): void {
    if (Token.isUnresolved(target)) return;
    const { utilizationTargetMin: min, utilizationTargetMax: max } = PROVISIONED_SCALING;
    if (!Number.isFinite(target) || target < min || target > max) {
      throw new PatternValidationError(this, `utilizationTarget is ${target}; the target of LambdaProvisionedConcurrencyUtilization is between ${min} and ${max} (the share of provisioned concurrency in use). See ${DOCS.lambdaAutoScaling}`);
    }
  }

  private validateSchedule(name: string, schedule: appscaling.ScalingSchedule): void {
    if (schedule.minCapacity === undefined && schedule.maxCapacity === undefined) {
      throw new PatternValidationError(this, `schedules.${name} sets neither minCapacity nor maxCapacity; a scheduled action sets at least one. See ${DOCS.lambdaAutoScaling}`);
    }
    if (schedule.minCapacity !== undefined) this.validateCapacity(`schedules.${name}.minCapacity`, schedule.minCapacity);
    if (schedule.maxCapacity !== undefined) this.validateCapacity(`schedules.${name}.maxCapacity`, schedule.maxCapacity);
    this.validateRange(`schedules.${name}.minCapacity`, schedule.minCapacity, `schedules.${name}.maxCapacity`, schedule.maxCapacity);
  }

  private validateAlias(alias: lambda.IAlias): void {
    const version = alias.version.version;
    if (!Token.isUnresolved(version) && version === '$LATEST') {
      throw new PatternValidationError(this, `alias ${alias.node.path} points at $LATEST; provisioned concurrency needs a published version or an alias of one. Point the alias at fn.currentVersion (or use CanaryDeployment). See ${DOCS.lambdaProvisionedConcurrency}`);
    }
    if (scaledAliases.has(alias) || alias.node.tryFindChild('AliasScaling') !== undefined) {
      throw new PatternValidationError(this, `alias ${alias.node.path} already has provisioned-concurrency auto scaling (another ProvisionedConcurrency or alias.addAutoScaling()); one alias has one scalable target. See ${DOCS.lambdaAutoScaling}`);
    }
    const fixed = aliasProvisionedConcurrency(alias);
    if (fixed !== undefined) {
      throw new PatternValidationError(this, `alias ${alias.node.path} sets provisionedConcurrentExecutions (${JSON.stringify(fixed)}) and Application Auto Scaling would manage the same number: every stack update would reset it to the template's value, and deployments fail when scaling has moved it. Remove provisionedConcurrentExecutions from the alias and set minCapacity instead. See ${DOCS.lambdaAutoScaling}`);
    }
    const routing = aliasAdditionalVersions(alias);
    if (routing !== undefined) {
      Annotations.of(this).addWarningV2(`${RULE_ID_PREFIX}:ProvisionedConcurrencyRoutedAlias`,
        `[${RULE_ID_PREFIX}:ProvisionedConcurrencyRoutedAlias] ${this.node.path}: alias ${alias.node.path} has a routing configuration (AdditionalVersionWeights); Lambda does not let provisioned concurrency on an alias be changed while a routing configuration is in place, so Application Auto Scaling cannot scale it until the weighted release is promoted. See ${DOCS.lambdaProvisionedConcurrency}`);
    }
  }

  private validateFunction(fn: lambda.IFunction, minCapacity: number, maxCapacities: Array<number | undefined>): void {
    if (snapStartApplyOn(fn) === 'PublishedVersions') {
      throw new PatternValidationError(this, `function ${fn.node.path} has SnapStart enabled (SnapStart.ApplyOn is PublishedVersions); Lambda does not support SnapStart together with provisioned concurrency. Use one or the other. See ${DOCS.lambdaSnapStart}`);
    }
    const reserved = reservedConcurrency(fn);
    if (reserved === undefined) return;
    if (!Token.isUnresolved(minCapacity) && minCapacity > reserved) {
      throw new PatternValidationError(this, `minCapacity is ${minCapacity} and function ${fn.node.path} has reservedConcurrentExecutions ${reserved}; Lambda cannot allocate more provisioned concurrency than a function's reserved concurrency. See ${DOCS.lambdaProvisionedConcurrency}`);
    }
    const highest = Math.max(...maxCapacities.filter((m): m is number => m !== undefined && !Token.isUnresolved(m)));
    if (highest > reserved) {
      Annotations.of(this).addWarningV2(`${RULE_ID_PREFIX}:ProvisionedConcurrencyAboveReserved`,
        `[${RULE_ID_PREFIX}:ProvisionedConcurrencyAboveReserved] ${this.node.path}: maxCapacity is ${highest} and function ${fn.node.path} has reservedConcurrentExecutions ${reserved}; Lambda cannot allocate more provisioned concurrency than reserved concurrency, so scaling stops at ${reserved} (and at ${reserved} nothing is left for on-demand spillover). Lower maxCapacity or raise the reserved concurrency. See ${DOCS.lambdaProvisionedConcurrency}`);
    }
  }
}
