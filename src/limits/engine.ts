/**
 * Runs the limit rules over an indexed app and renders their findings.
 * Knows nothing of patterns, aspects or plugins.
 */
import type { AppModel } from './model';
import { FindingSeverity, type LimitRule, type RuleFinding, type RuleSettings } from './rule';
import { formatNumber } from '../private/format-number';

/** The id prefix of every warning and violation this library reports. */
export const RULE_ID_PREFIX = 'cdk-lambda-patterns';

/** A finding with its rule and final severity. */
export interface Finding extends RuleFinding {
  readonly rule: LimitRule;
  readonly severity: FindingSeverity;
  /** `cdk-lambda-patterns:<RuleId>`. */
  readonly id: string;
  /** The whole message: path, property, value, limit, why, documentation link. */
  readonly message: string;
}

/** Decides the severity of a rule's findings, or that the rule is off. */
export type SeverityResolver = (rule: LimitRule, proposed: FindingSeverity) => FindingSeverity | undefined;

/**
 * Runs every rule once per resource of its types. Cost is linear in the number of
 * resources (each rule sees only its own types; cross-resource lookups use the
 * model's indexes).
 */
export function evaluate(app: AppModel, rules: readonly LimitRule[], settings: RuleSettings, severityOf: SeverityResolver): Finding[] {
  const findings: Finding[] = [];
  const rulesByType = new Map<string, LimitRule[]>();
  for (const rule of rules) {
    for (const type of rule.resourceTypes) {
      const list = rulesByType.get(type) ?? [];
      list.push(rule);
      rulesByType.set(type, list);
    }
  }
  for (const [type, typeRules] of rulesByType) {
    for (const resource of app.ofType(type)) {
      for (const rule of typeRules) {
        for (const found of rule.check(resource, app, settings)) {
          const severity = severityOf(rule, found.severity ?? rule.severity);
          if (severity === undefined) continue;
          const id = `${RULE_ID_PREFIX}:${rule.id}`;
          findings.push({ ...found, rule, severity, id, message: formatMessage(id, found, rule) });
        }
      }
    }
  }
  return findings;
}

/** `[id] path: Property is value; the limit is limit. why See url` */
export function formatMessage(id: string, finding: RuleFinding, rule: LimitRule): string {
  const why = finding.why.endsWith('.') ? finding.why : `${finding.why}.`;
  return `[${id}] ${finding.resource.path}: ${finding.property} is ${finding.value}; the limit is ${finding.limit}. ${why} See ${finding.docUrl ?? rule.docUrl}`;
}

/** Renders a number with thousands separators, as AWS documentation writes them. */
export function fmt(n: number): string {
  return formatNumber(n);
}
