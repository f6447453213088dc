/**
 * The contract every limit rule follows: a small pure function from a resolved
 * resource view (and the indexed app, for cross-resource rules) to findings.
 *
 * Not part of the public API; the public surface is `LambdaLimitChecks`.
 */
import type { AppModel, ResourceView } from './model';

/** How bad a finding is. */
export enum FindingSeverity {
  /** Fails to deploy, or breaks a documented hard limit. */
  ERROR = 'error',
  /** A documented recommendation or a raisable quota. */
  WARNING = 'warning',
}

/** What a rule found wrong with one resource. */
export interface RuleFinding {
  /** The resource the finding is about (reported at its construct path). */
  readonly resource: ResourceView;
  /** The CloudFormation property (dotted path), e.g. `MemorySize` or `VpcConfig.SecurityGroupIds`. */
  readonly property: string;
  /** The value found, rendered for the message. */
  readonly value: string;
  /** The limit, rendered for the message (e.g. `128-10,240 MB`). */
  readonly limit: string;
  /** Why it matters (one sentence). */
  readonly why: string;
  /** Overrides the rule's severity for this finding (e.g. deprecated runtime before/after its block date). */
  readonly severity?: FindingSeverity;
  /** Overrides the rule's documentation link for this finding. */
  readonly docUrl?: string;
}

/** Settings rules may read (from `LambdaLimitChecksProps`). */
export interface RuleSettings {
  /** The account's concurrent-executions quota in the Region. */
  readonly accountConcurrencyLimit: number;
  /** Lambda's unreserved-concurrency floor (100). */
  readonly unreservedConcurrencyMinimum: number;
  /** The VPC elastic network interface quota. */
  readonly vpcEniLimit: number;
  /** "Now", for date-based rules (deprecated runtimes). */
  readonly now: Date;
}

/** A limit rule. */
export interface LimitRule {
  /** Stable id, PascalCase; reported as `cdk-lambda-patterns:<id>`. */
  readonly id: string;
  /** One line for the README rules table. */
  readonly description: string;
  /** Default severity of its findings. */
  readonly severity: FindingSeverity;
  /** Row ids of ../shared/limits.md this rule implements (e.g. `F1`). */
  readonly limitRefs: readonly string[];
  /** AWS documentation link. */
  readonly docUrl: string;
  /** The resource types this rule looks at; it is called once per resource of these types. */
  readonly resourceTypes: readonly string[];
  /** Other resource types the rule reads through the app model (e.g. the queue behind a mapping). */
  readonly relatedTypes?: readonly string[];
  /** Pure check. Must skip values that are not known at synth. */
  check(resource: ResourceView, app: AppModel, settings: RuleSettings): readonly RuleFinding[];
}
