import * as fs from 'fs';
import * as path from 'path';
import {
  Annotations,
  Aspects,
  Stage,
  type IAspect,
  type IPolicyValidationContext,
  type IPolicyValidationPlugin,
  type PolicyValidationPluginReport,
  type PolicyViolation,
} from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { modelFromAssembly } from './assembly-model';
import { evaluate, RULE_ID_PREFIX, type Finding } from './engine';
import { CONCURRENCY } from './quotas';
import { ALL_RULES } from './registry';
import { FindingSeverity, type LimitRule, type RuleSettings } from './rule';
import { modelFromTree } from './tree-model';

/** The severity a rule's findings are reported with. */
export enum LimitSeverity {
  /** Report as an error: `cdk synth` fails. */
  ERROR = 'error',
  /** Report as a warning, with an id that `Annotations.acknowledgeWarning` accepts. */
  WARNING = 'warning',
  /** Do not run the rule. */
  OFF = 'off',
}

/** Settings for {@link LambdaLimitChecks}. */
export interface LambdaLimitChecksProps {
  /**
   * The account's concurrent-executions quota in the Region. Reserved concurrency summed
   * over the app must leave Lambda's 100 unreserved executions free.
   *
   * @default 1000 (the default quota; new accounts may have less, raised accounts more)
   */
  readonly accountConcurrencyLimit?: number;

  /**
   * The account's elastic network interface quota per VPC.
   *
   * @default 250
   */
  readonly vpcEniLimit?: number;

  /**
   * Rules not to run, by id (`FunctionMemorySize` or `cdk-lambda-patterns:FunctionMemorySize`).
   *
   * @default - every rule runs
   */
  readonly disabledRules?: string[];

  /**
   * Severity per rule id, replacing the rule's own (`LimitSeverity.OFF` disables the rule).
   *
   * @default - each rule's documented severity
   */
  readonly severityOverrides?: { [ruleId: string]: LimitSeverity };

  /**
   * The date date-based rules (deprecated runtimes) judge against.
   *
   * @default - the current date
   */
  readonly evaluationDate?: Date;
}

/** One id per rule, with its description, for tooling and the README table. */
export interface LimitRuleInfo {
  /** The id findings are reported with (`cdk-lambda-patterns:<RuleName>`). */
  readonly id: string;
  /** What the rule checks. */
  readonly description: string;
  /** The rule's default severity. */
  readonly severity: LimitSeverity;
  /** The AWS documentation link. */
  readonly documentation: string;
}

interface StageState {
  readonly reported: Set<string>;
  /**
   * Findings by settings fingerprint. Every pattern applies its own instance, all with the
   * same (default) settings: evaluating once per stage and settings keeps the cost linear in
   * the number of resources, however many instances there are. Only what annotating needs
   * is kept: the model is released as soon as it has been evaluated.
   */
  readonly findings: Map<string, StageFinding[]>;
}

/** A finding as annotating needs it, without the model it was found in. */
interface StageFinding {
  readonly key: string;
  /** Construct path of the resource. */
  readonly path: string;
  /** The construct to annotate: the resource's, else its stack's, else the stage. */
  readonly construct: IConstruct;
  readonly severity: FindingSeverity;
  readonly id: string;
  readonly message: string;
}

/** Shared by every instance, so that a finding is reported once per stage however many instances run. */
const STAGE_STATE = new WeakMap<IConstruct, StageState>();

/**
 * Validates every Lambda-related resource of an app against AWS's documented limits,
 * at synth. It judges the synthesized CloudFormation properties, so L1 resources,
 * L2 and L3 constructs and escape hatches (`addPropertyOverride`) are judged alike,
 * and it follows references between resources (queue to mapping to function, alias
 * to version, distribution to edge function) across stacks.
 *
 * Use it as an Aspect (findings become errors and acknowledgeable warnings on the
 * constructs) or as a validation plugin (findings go to the validation report).
 *
 * @example
 * declare const app: App;
 * Aspects.of(app).add(new LambdaLimitChecks({ accountConcurrencyLimit: 5000 }));
 * // or
 * Validations.of(app).addPlugins(new LambdaLimitChecks());
 */
export class LambdaLimitChecks implements IAspect, IPolicyValidationPlugin {
  /** Every rule this version knows. */
  public static rules(): LimitRuleInfo[] {
    return ALL_RULES.map(rule => ({
      id: `${RULE_ID_PREFIX}:${rule.id}`,
      description: rule.description,
      severity: rule.severity === FindingSeverity.ERROR ? LimitSeverity.ERROR : LimitSeverity.WARNING,
      documentation: rule.docUrl,
    }));
  }

  /** Name shown in the validation report. */
  public readonly name = RULE_ID_PREFIX;
  /** Version of this library. */
  public readonly version?: string;
  /** The rules this instance runs. */
  public readonly ruleIds?: string[];

  private readonly settings: RuleSettings;
  private readonly rules: readonly LimitRule[];
  private readonly overrides: ReadonlyMap<string, LimitSeverity>;
  private readonly scopes = new Set<IConstruct>();
  /** Identifies instances whose settings give the same findings. */
  private readonly fingerprint: string;
  private readonly registeredStages = new WeakSet<IConstruct>();

  constructor(props: LambdaLimitChecksProps = {}) {
    const accountConcurrencyLimit = props.accountConcurrencyLimit ?? CONCURRENCY.defaultAccountLimit;
    if (!Number.isInteger(accountConcurrencyLimit) || accountConcurrencyLimit <= CONCURRENCY.unreservedMinimum) {
      throw new Error(`LambdaLimitChecks: accountConcurrencyLimit must be an integer above ${CONCURRENCY.unreservedMinimum} (Lambda keeps ${CONCURRENCY.unreservedMinimum} executions unreserved), got ${accountConcurrencyLimit}.`);
    }
    const vpcEniLimit = props.vpcEniLimit ?? CONCURRENCY.defaultVpcEniLimit;
    if (!Number.isInteger(vpcEniLimit) || vpcEniLimit < 1) {
      throw new Error(`LambdaLimitChecks: vpcEniLimit must be a positive integer, got ${vpcEniLimit}.`);
    }
    const now = props.evaluationDate ?? new Date();
    if (Number.isNaN(now.getTime())) {
      throw new Error('LambdaLimitChecks: evaluationDate is not a valid date.');
    }
    this.settings = { accountConcurrencyLimit, unreservedConcurrencyMinimum: CONCURRENCY.unreservedMinimum, vpcEniLimit, now };

    const known = new Map(ALL_RULES.map(rule => [rule.id, rule]));
    const overrides = new Map<string, LimitSeverity>();
    for (const [id, severity] of Object.entries(props.severityOverrides ?? {})) {
      overrides.set(knownRuleId(id, known, 'severityOverrides'), severity);
    }
    for (const id of props.disabledRules ?? []) {
      overrides.set(knownRuleId(id, known, 'disabledRules'), LimitSeverity.OFF);
    }
    this.overrides = overrides;
    this.rules = ALL_RULES.filter(rule => overrides.get(rule.id) !== LimitSeverity.OFF);
    this.ruleIds = this.rules.map(rule => `${RULE_ID_PREFIX}:${rule.id}`);
    this.version = packageVersion();
    this.fingerprint = JSON.stringify([
      // Runtime deprecation dates are days: instances created the same day judge alike.
      accountConcurrencyLimit, vpcEniLimit, now.toISOString().slice(0, 10), [...overrides.entries()].sort(),
    ]);
  }

  /**
   * Aspect entry point. Registers one analysis per stage, run when the stage is
   * validated during synthesis, after every construct (and every other aspect) has
   * finished and cross-stack references are in place.
   */
  public visit(node: IConstruct): void {
    // aws-cdk-lib visits every construct under a scope the aspect was added to, and the
    // analysis covers whole stages: only those scopes need anything (the other visits,
    // thousands in a large app, return here).
    if (!Aspects.of(node).all.includes(this)) return;
    this.scopes.add(node);
    const stage = enclosingStage(node);
    if (!stage || this.registeredStages.has(stage)) return;
    this.registeredStages.add(stage);
    stage.node.addValidation({
      validate: () => {
        this.annotate(stage);
        return [];
      },
    });
  }

  /** Validation plugin entry point: judges the synthesized templates. */
  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const model = modelFromAssembly(context.templatePaths);
    const findings = evaluate(model, this.rules, this.settings, (rule, proposed) => this.severityOf(rule, proposed));
    const violations = new Map<string, PolicyViolation>();
    const seen = new Set<string>();
    for (const finding of findings) {
      const key = findingKey(finding);
      if (seen.has(key)) continue;
      seen.add(key);
      const existing = violations.get(key);
      const resource = {
        resourceLogicalId: finding.resource.logicalId || undefined,
        constructPath: finding.resource.logicalId ? undefined : finding.resource.path,
        templatePath: finding.resource.stack.templatePath,
        locations: [finding.resource.logicalId ? `Properties.${finding.property}` : finding.property],
      };
      if (existing) {
        existing.violatingResources.push(resource);
        continue;
      }
      violations.set(key, {
        ruleName: finding.id,
        description: finding.message,
        fix: finding.docUrl ?? finding.rule.docUrl,
        severity: finding.severity,
        violatingResources: [resource],
      });
    }
    return {
      success: !findings.some(f => f.severity === FindingSeverity.ERROR),
      violations: [...violations.values()],
      pluginVersion: this.version,
    };
  }

  private annotate(stage: IConstruct): void {
    // A pattern applies checks to itself; an instance the user added higher up wins,
    // so that the user's settings (concurrency quota, severities) are the ones used.
    const scopes = [...this.scopes].filter(scope => !this.shadowedByAncestor(scope));
    if (scopes.length === 0) return;
    let state = STAGE_STATE.get(stage);
    if (!state) {
      state = { reported: new Set(), findings: new Map() };
      STAGE_STATE.set(stage, state);
    }
    let findings = state.findings.get(this.fingerprint);
    if (!findings) {
      findings = this.evaluateStage(stage as Stage);
      state.findings.set(this.fingerprint, findings);
    }
    const prefixes = scopes.map(scope => scope.node.path);
    for (const finding of findings) {
      const target = finding.path;
      if (!prefixes.some(prefix => prefix === '' || target === prefix || target.startsWith(`${prefix}/`))) continue;
      if (state.reported.has(finding.key)) continue;
      state.reported.add(finding.key);
      if (finding.severity === FindingSeverity.ERROR) {
        Annotations.of(finding.construct).addError(finding.message);
      } else {
        Annotations.of(finding.construct).addWarningV2(finding.id, finding.message);
      }
    }
  }

  private evaluateStage(stage: Stage): StageFinding[] {
    const { app, constructs } = modelFromTree(stage, isRelevantType);
    return evaluate(app, this.rules, this.settings, (rule, proposed) => this.severityOf(rule, proposed)).map(finding => ({
      key: findingKey(finding),
      path: finding.resource.path,
      construct: constructs.get(finding.resource.path) ?? constructs.get(finding.resource.stack.path) ?? stage,
      severity: finding.severity,
      id: finding.id,
      message: finding.message,
    }));
  }

  private shadowedByAncestor(scope: IConstruct): boolean {
    return scope.node.scopes.slice(0, -1).some(ancestor =>
      Aspects.of(ancestor).all.some(aspect => aspect instanceof LambdaLimitChecks && aspect !== this));
  }

  private severityOf(rule: LimitRule, proposed: FindingSeverity): FindingSeverity | undefined {
    switch (this.overrides.get(rule.id)) {
      case LimitSeverity.OFF: return undefined;
      case LimitSeverity.ERROR: return FindingSeverity.ERROR;
      case LimitSeverity.WARNING: return FindingSeverity.WARNING;
      default: return proposed;
    }
  }
}

/**
 * The node itself when it is a stage, else its nearest enclosing stage: what
 * `Stage.of` gives, found without building the node's list of scopes.
 */
function enclosingStage(node: IConstruct): Stage | undefined {
  for (let scope: IConstruct | undefined = node; scope !== undefined; scope = scope.node.scope) {
    if (Stage.isStage(scope)) return scope;
  }
  return undefined;
}

const RELEVANT_TYPES = new Set(ALL_RULES.flatMap(rule => [...rule.resourceTypes, ...(rule.relatedTypes ?? [])]));

function isRelevantType(type: string): boolean {
  return RELEVANT_TYPES.has(type);
}

function findingKey(finding: Finding): string {
  return `${finding.id}\u0000${finding.resource.path}\u0000${finding.property}\u0000${finding.value}`;
}

function knownRuleId(id: string, known: ReadonlyMap<string, LimitRule>, prop: string): string {
  const bare = id.startsWith(`${RULE_ID_PREFIX}:`) ? id.slice(RULE_ID_PREFIX.length + 1) : id;
  if (!known.has(bare)) {
    throw new Error(`LambdaLimitChecks: ${prop} names an unknown rule '${id}'. Known rules: ${[...known.keys()].join(', ')}.`);
  }
  return bare;
}

const PACKAGE_NAME = 'cdk-lambda-patterns';

let cachedPackageVersion: { readonly value: string | undefined } | undefined;

/** This package's version, read from its package.json once per process. */
function packageVersion(): string | undefined {
  cachedPackageVersion ??= { value: readPackageVersion() };
  return cachedPackageVersion.value;
}

/**
 * The version in this package's package.json: two levels up from this module in the
 * sources, one level up from the published bundle (lib/index.js, see tools/bundle-lib.ts).
 */
function readPackageVersion(): string | undefined {
  for (const dir of [path.join(__dirname, '..'), path.join(__dirname, '..', '..')]) {
    try {
      const pkg: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf-8'));
      if (typeof pkg === 'object' && pkg !== null && 'name' in pkg && pkg.name === PACKAGE_NAME) {
        return 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : undefined;
      }
    } catch {
      // No package.json there: try the next level.
    }
  }
  return undefined;
}
