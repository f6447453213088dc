/**
 * Builders for families of rules whose checks are the same but for a property, a limit
 * or a message: each returns a complete `LimitRule`, so a rule file still declares one
 * rule (its id, description, limits.md rows and documentation link) and says only what
 * is particular to it. Not a rule.
 */
import type { AppModel, ResourceView } from '../model';
import { DOCS } from '../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../rule';
import { literalNumber, literalObject, propertyAt } from '../values';
import { describeUse, EDGE_LINK_TYPES, associationsOfDistribution, associationsOfFunction, type EdgeAssociation } from './edge/edge-associations';
import { eventTypeFinding } from './edge/event-type-limits';
import { FUNCTION_TYPE } from './function/function-facts';
import {
  EVENT_SOURCE_MAPPING,
  EVENT_SOURCE_TYPES,
  EventSourceKind,
  eventSourceOf,
  FUNCTION_TARGET_TYPES,
  functionTimeoutOf,
  targetFunction,
  type EventSourceView,
} from './sqs/event-sources';
import { renderSeconds, SQS_QUEUE, visibilityTimeoutOf, type QueueSeconds } from './sqs/queues';
import { outOfRange, type NumericRange } from './stream/range';

/** What a rule says about itself: a `LimitRule` without its check. */
export type RuleHeader = Omit<LimitRule, 'check'>;

/** The part of a header every rule spells out, when a builder fixes the severity and the resource types. */
export type RuleIdentity = Pick<LimitRule, 'id' | 'description' | 'limitRefs' | 'docUrl'>;

/** A finding before it is attached to the resource it is about. */
export type FindingDetail = Omit<RuleFinding, 'resource'>;

/** The rule a header and a check make (only the header's own fields are copied). */
export function defineRule(header: RuleHeader, check: LimitRule['check']): LimitRule {
  return {
    id: header.id,
    description: header.description,
    severity: header.severity,
    limitRefs: header.limitRefs,
    docUrl: header.docUrl,
    resourceTypes: header.resourceTypes,
    ...(header.relatedTypes ? { relatedTypes: header.relatedTypes } : {}),
    check,
  };
}

// ---------------------------------------------------------------------------------------
// Numeric ranges

/** A rule that a literal numeric property lies in a range (see `outOfRange` for the finding). */
export interface NumericRangeRuleSpec extends RuleHeader, NumericRange {
  /** Judges only the resources this accepts. @default every resource of `resourceTypes` */
  readonly appliesTo?: (resource: ResourceView, app: AppModel) => boolean;
}

/** A rule reporting a literal value of `spec.property` outside `spec.min`-`spec.max` (or `spec.sentinel`). */
export function numericRangeRule(spec: NumericRangeRuleSpec): LimitRule {
  const range: NumericRange = {
    property: spec.property,
    min: spec.min,
    max: spec.max,
    unit: spec.unit,
    sentinel: spec.sentinel,
    why: spec.why,
  };
  const appliesTo = spec.appliesTo;
  return defineRule(spec, (resource, app) =>
    appliesTo && !appliesTo(resource, app) ? [] : outOfRange(resource, range));
}

/** A range on an event source mapping of any source but SQS (see `streamMappingRangeRule`). */
export type StreamMappingRangeSpec = RuleIdentity & Omit<NumericRange, 'why'>;

/**
 * A range from the CloudFormation schema of `AWS::Lambda::EventSourceMapping`, judged on
 * mappings of Kinesis, DynamoDB Streams and every other source but SQS (SQS mappings have
 * their own rules). An error: Lambda rejects the mapping at deployment.
 */
export function streamMappingRangeRule(spec: StreamMappingRangeSpec): LimitRule {
  return numericRangeRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    resourceTypes: [EVENT_SOURCE_MAPPING],
    relatedTypes: EVENT_SOURCE_TYPES,
    why: 'Lambda rejects the event source mapping at deployment',
    appliesTo: (mapping, app) => eventSourceOf(app, mapping)?.kind !== EventSourceKind.SQS,
  });
}

/** A range on a queue attribute (see `queueAttributeRangeRule`). */
export type QueueAttributeRangeSpec = Pick<LimitRule, 'id' | 'description' | 'limitRefs'> & Omit<NumericRange, 'why'>;

/**
 * A range on an attribute of `AWS::SQS::Queue`, documented with the SQS queue attributes.
 * An error: SQS rejects the queue at deployment.
 */
export function queueAttributeRangeRule(spec: QueueAttributeRangeSpec): LimitRule {
  return numericRangeRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    docUrl: DOCS.sqsQueueAttributes,
    resourceTypes: [SQS_QUEUE],
    why: 'SQS rejects the queue at deployment',
  });
}

// ---------------------------------------------------------------------------------------
// SQS event sources

/** A rule on the event source mappings of SQS queues (see `sqsMappingRule`). */
export interface SqsMappingRuleSpec extends RuleIdentity {
  /** Judges a mapping whose source is an SQS queue (the queue resource, or its literal ARN). */
  judge(mapping: ResourceView, source: EventSourceView, app: AppModel): readonly RuleFinding[];
}

/**
 * An error-level rule judged on every event source mapping whose source is known at synth
 * to be an SQS queue; mappings of other sources, or of an unknown source, are skipped.
 */
export function sqsMappingRule(spec: SqsMappingRuleSpec): LimitRule {
  return defineRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    resourceTypes: [EVENT_SOURCE_MAPPING],
    relatedTypes: EVENT_SOURCE_TYPES,
  }, (mapping, app) => {
    const source = eventSourceOf(app, mapping);
    return source?.kind === EventSourceKind.SQS ? spec.judge(mapping, source, app) : [];
  });
}

/** A queue in the app and the function a mapping sends its messages to, with both timeouts known. */
export interface QueueConsumer {
  readonly queue: ResourceView;
  readonly fn: ResourceView;
  /** The queue's visibility timeout (its default when not set). */
  readonly visibility: QueueSeconds;
  /** The function's timeout (its default when not set). */
  readonly timeout: QueueSeconds;
  /** The mapping's `EventSourceArn`, rendered for a finding's value: the queue and its visibility timeout. */
  readonly queueValue: string;
}

/** A rule comparing a queue's visibility timeout with its consumer's timeout (see `queueConsumerRule`). */
export interface QueueConsumerRuleSpec extends RuleIdentity {
  readonly severity: FindingSeverity;
  /** Judges the mapping of a queue and function whose timeouts are known. */
  judge(mapping: ResourceView, consumer: QueueConsumer, app: AppModel): readonly RuleFinding[];
}

/**
 * A rule judged once per event source mapping whose `EventSourceArn` references a queue of
 * the app and whose `FunctionName` designates a function of the app (directly, or through an
 * alias or version), wherever they live; skipped when either timeout is not known at synth.
 */
export function queueConsumerRule(spec: QueueConsumerRuleSpec): LimitRule {
  return defineRule({
    ...spec,
    resourceTypes: [EVENT_SOURCE_MAPPING],
    relatedTypes: [SQS_QUEUE, ...FUNCTION_TARGET_TYPES],
  }, (mapping, app) => {
    const queue = app.referencedResource(mapping, mapping.properties.EventSourceArn);
    if (queue?.type !== SQS_QUEUE) return [];
    const fn = targetFunction(app, mapping, mapping.properties.FunctionName);
    if (!fn) return [];
    const visibility = visibilityTimeoutOf(queue);
    const timeout = functionTimeoutOf(fn);
    if (!visibility || !timeout) return [];
    const queueValue = `queue ${queue.path} with VisibilityTimeout ${renderSeconds(visibility)}`;
    return spec.judge(mapping, { queue, fn, visibility, timeout, queueValue }, app);
  });
}

// ---------------------------------------------------------------------------------------
// Lambda@Edge

/** A rule on functions that run as Lambda@Edge (see `edgeFunctionRule`). */
export interface EdgeFunctionRuleSpec extends RuleIdentity {
  /** Judges a function that at least one distribution associates (`associations` is never empty). */
  judge(fn: ResourceView, associations: readonly EdgeAssociation[], app: AppModel): readonly RuleFinding[];
}

/**
 * An error-level rule on `AWS::Lambda::Function`s that run as Lambda@Edge: functions that
 * no distribution associates are skipped.
 */
export function edgeFunctionRule(spec: EdgeFunctionRuleSpec): LimitRule {
  return defineRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    resourceTypes: [FUNCTION_TYPE],
    relatedTypes: EDGE_LINK_TYPES,
  }, (fn, app) => {
    const associations = associationsOfFunction(app, fn);
    return associations.length === 0 ? [] : spec.judge(fn, associations, app);
  });
}

/** A setting Lambda@Edge does not support, as found on one function. */
export interface EdgeRestrictionFinding {
  readonly property: string;
  readonly value: string;
  readonly limit: string;
  /** Completes `The function runs as Lambda@Edge (<where>)`, e.g. `, which does not support layers`. */
  readonly because: string;
}

/** A rule on one setting Lambda@Edge restricts (see `edgeRestrictionRule`). */
export interface EdgeRestrictionRuleSpec extends RuleIdentity {
  /** The restricted setting as the function has it, or undefined when the function complies or it is not known. */
  judge(fn: ResourceView): EdgeRestrictionFinding | undefined;
}

/**
 * A rule on one setting Lambda@Edge restricts (environment variables, layers, VPC, ...): at
 * most one finding per edge function, whose reason names where the function runs.
 */
export function edgeRestrictionRule(spec: EdgeRestrictionRuleSpec): LimitRule {
  return edgeFunctionRule({
    ...spec,
    judge(fn, associations) {
      const found = spec.judge(fn);
      if (!found) return [];
      return [{
        resource: fn,
        property: found.property,
        value: found.value,
        limit: found.limit,
        why: `The function runs as Lambda@Edge (${describeUse(associations)})${found.because}`,
      }];
    },
  });
}

/** A rule on a function setting whose limit differs by event type (see `edgeEventTypeRule`). */
export interface EdgeEventTypeRuleSpec extends RuleIdentity {
  /** A top-level function property, e.g. `MemorySize`. */
  readonly property: string;
  /** Lambda's value when the property is not set. */
  readonly defaultValue: number;
  /** Renders a value or limit, e.g. `1,024 MB`. */
  readonly render: (n: number) => string;
  readonly viewerLimit: number;
  readonly originLimit: number;
  /** What the limit is about, for the message, e.g. `memory`. */
  readonly quantity: string;
}

/**
 * A rule that a Lambda@Edge function's numeric setting (its default when not set) fits the
 * viewer or origin limit of every event type it is associated with (see `eventTypeFinding`).
 */
export function edgeEventTypeRule(spec: EdgeEventTypeRuleSpec): LimitRule {
  return edgeFunctionRule({
    ...spec,
    judge(fn, associations) {
      const raw = fn.properties[spec.property];
      const value = raw === undefined ? spec.defaultValue : literalNumber(raw);
      if (value === undefined) return [];
      return eventTypeFinding({
        fn,
        associations,
        property: spec.property,
        value,
        render: spec.render,
        viewerLimit: spec.viewerLimit,
        originLimit: spec.originLimit,
        quantity: spec.quantity,
      });
    },
  });
}

/** A rule on each Lambda@Edge association of a distribution (see `edgeAssociationRule`). */
export interface EdgeAssociationRuleSpec extends RuleIdentity {
  /** What is wrong with one association (`property` is the full dotted path), or undefined. */
  judge(association: EdgeAssociation): FindingDetail | undefined;
}

/**
 * An error-level rule on `AWS::CloudFront::Distribution`s judging each of their
 * `LambdaFunctionAssociations`; findings are reported on the distribution.
 */
export function edgeAssociationRule(spec: EdgeAssociationRuleSpec): LimitRule {
  return defineRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    resourceTypes: ['AWS::CloudFront::Distribution'],
    relatedTypes: EDGE_LINK_TYPES,
  }, (distribution, app) => {
    const findings: RuleFinding[] = [];
    for (const association of associationsOfDistribution(app, distribution)) {
      const found = spec.judge(association);
      if (found) findings.push({ resource: distribution, ...found });
    }
    return findings;
  });
}

// ---------------------------------------------------------------------------------------
// Function environment variables

/** A rule on the keys of a function's environment variables (see `environmentKeyRule`). */
export interface EnvironmentKeyRuleSpec extends RuleIdentity {
  /** The limit, for the message. */
  readonly limit: string;
  /** Why a key that is not allowed matters. */
  readonly why: string;
  /** True for a key the rule accepts. */
  isAllowed(key: string): boolean;
}

/**
 * An error-level rule on `AWS::Lambda::Function`: one finding per literal key of
 * `Environment.Variables` that `isAllowed` rejects.
 */
export function environmentKeyRule(spec: EnvironmentKeyRuleSpec): LimitRule {
  return defineRule({
    ...spec,
    severity: FindingSeverity.ERROR,
    resourceTypes: [FUNCTION_TYPE],
  }, fn => {
    const variables = literalObject(propertyAt(fn.properties, 'Environment.Variables'));
    if (!variables) return [];
    return Object.keys(variables)
      .filter(key => !spec.isAllowed(key))
      .map(key => ({
        resource: fn,
        property: 'Environment.Variables',
        value: `key '${key}'`,
        limit: spec.limit,
        why: spec.why,
      }));
  });
}
