/**
 * The Application Load Balancer front door of HttpFunction: a Lambda target group on a
 * listener the user gives, behind a listener rule or as the listener's default action.
 */
import { Names, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { PatternValidationError } from './errors';
import type { BoundFrontDoor } from './http-front-door-types';
import { HTTP_ALARM_PERIOD, errorRatePercent } from './http-function-metrics';
import { ALB, DOCS } from '../limits/quotas';
import type { AlbFrontDoorProps } from '../patterns/front-door';

/** Documented defaults of the ALB front door. */
export const ALB_DEFAULTS = {
  multiValueHeadersEnabled: false,
} as const;

export function bindAlb(scope: Construct, fn: lambda.IFunction, props: AlbFrontDoorProps): BoundFrontDoor {
  validateRule(scope, props);
  const multiValueHeaders = props.multiValueHeadersEnabled ?? ALB_DEFAULTS.multiValueHeadersEnabled;
  const targetGroup = new elbv2.ApplicationTargetGroup(scope, 'TargetGroup', {
    targetType: elbv2.TargetType.LAMBDA,
    targets: [new targets.LambdaTarget(fn)],
    multiValueHeadersEnabled: multiValueHeaders,
  });
  // aws-cdk-lib writes the attribute only when true; the default is written too, so that
  // the template shows which event shape the function receives.
  if (!multiValueHeaders) targetGroup.setAttribute('lambda.multi_value_headers.enabled', 'false');
  let listenerRule: elbv2.ApplicationListenerRule | undefined;
  if (props.priority !== undefined) {
    listenerRule = new elbv2.ApplicationListenerRule(scope, 'ListenerRule', {
      listener: props.listener,
      priority: props.priority,
      conditions: props.conditions,
      targetGroups: [targetGroup],
    });
  } else {
    props.listener.addTargetGroups(Names.uniqueId(scope), { targetGroups: [targetGroup] });
  }
  const metric = (name: string, statistic: string): cloudwatch.Metric =>
    targetGroup.metrics.custom(name, { statistic, period: HTTP_ALARM_PERIOD });
  return {
    targetGroup,
    listenerRule,
    errorRate: errorRatePercent(
      [metric('HTTPCode_Target_5XX_Count', cloudwatch.Stats.SUM), metric('LambdaUserError', cloudwatch.Stats.SUM), metric('LambdaInternalError', cloudwatch.Stats.SUM)],
      metric('RequestCount', cloudwatch.Stats.SUM),
      'Target 5xx and Lambda errors (% of requests)'),
    errorRateDescription: 'AWS/ApplicationELB HTTPCode_Target_5XX_Count + LambdaUserError + LambdaInternalError as a percentage of RequestCount of the target group (a function error or an invalid response is a 502 for the client)',
    latencyP99: metric('TargetResponseTime', 'p99'),
    latencyUnit: 'seconds',
  };
}

/** Conditions and priority come together; the priority is 1-50,000 (aws-cdk-lib checks only >= 1). */
function validateRule(scope: Construct, props: AlbFrontDoorProps): void {
  const hasConditions = props.conditions !== undefined && props.conditions.length > 0;
  if (props.priority === undefined && hasConditions) {
    throw new PatternValidationError(scope, `\`frontDoor.conditions\` is set without \`frontDoor.priority\`; a listener rule needs both (give a priority from ${ALB.rulePriorityMin} to ${ALB.rulePriorityMax}, unique on the listener), or neither to make the function the listener's default action. See ${DOCS.albListenerRules}`);
  }
  if (props.priority !== undefined && !hasConditions) {
    throw new PatternValidationError(scope, `\`frontDoor.priority\` is ${props.priority} without \`frontDoor.conditions\`; a listener rule needs at least one condition (elbv2.ListenerCondition.pathPatterns([...]), hostHeaders([...]), ...), or give neither to make the function the listener's default action. See ${DOCS.albListenerRules}`);
  }
  const priority = props.priority;
  if (priority !== undefined && !Token.isUnresolved(priority)
    && (!Number.isInteger(priority) || priority < ALB.rulePriorityMin || priority > ALB.rulePriorityMax)) {
    throw new PatternValidationError(scope, `\`frontDoor.priority\` is ${priority}; a listener rule priority is a whole number from ${ALB.rulePriorityMin} to ${ALB.rulePriorityMax}. See ${DOCS.albListenerRules}`);
  }
}
