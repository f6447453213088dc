/**
 * Acknowledges cdk-nag (and other validation plugin) rules on a resource a pattern built: the
 * `aws:cdk:acknowledged-rules` metadata that aws-cdk-lib's `Validations.acknowledge` writes and
 * cdk-nag reads (on the resource or any of its scopes), with the rule id qualified exactly as
 * aws-cdk-lib qualifies it.
 *
 * `Validations.acknowledge` costs 20-40 us per rule (checking its arguments, parsing the id,
 * capturing and rendering a stack trace, and acknowledging annotation warnings of the same id
 * by walking the scope's subtree): a QueueConsumer acknowledges 6 rules, so 200 of them spent
 * 35-53 ms of a synth there (measured with `npm run bench`'s child at N = 200). Here each rule
 * costs one metadata entry. What is left out, and why it is not needed:
 * - the stack trace: it would only point into this library; the construct path and the
 *   reason, which are kept, are what a reviewer reads;
 * - acknowledging annotation warnings (`Annotations.acknowledgeWarning`) with the same id:
 *   the ids acknowledged here are cdk-nag rule ids, which cdk-nag reports in its validation
 *   report, never as annotations, and they are acknowledged on resources the pattern has just
 *   created.
 * The qualified id (for example `Annotation::AwsSolutions-SQS3`) is learned from aws-cdk-lib
 * itself, once per id and process: aws-cdk-lib changed its form before (`annotation::` until
 * 2.262.1), and it rejects malformed ids there as it would here. Should an aws-cdk-lib record
 * no single entry to learn from, the rule is acknowledged through its own call.
 */
import { type Acknowledgment, Validations } from 'aws-cdk-lib';
import { type IConstruct, RootConstruct } from 'constructs';

export function acknowledge(scope: IConstruct, ...rules: Acknowledgment[]): void {
  for (const rule of rules) {
    const qualified = qualifiedRuleId(rule.id);
    if (qualified === null) {
      // An aws-cdk-lib that records acknowledgements otherwise: its own call, whatever it records.
      Validations.of(scope).acknowledge(rule);
    } else {
      scope.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY, { [qualified]: rule.reason });
    }
  }
}

const QUALIFIED_RULE_IDS = new Map<string, string | null>();

/**
 * The id as aws-cdk-lib records an acknowledgement of it, learned by acknowledging it once on a
 * construct of its own; null when aws-cdk-lib recorded no single entry to learn from.
 */
function qualifiedRuleId(id: string): string | null {
  let qualified = QUALIFIED_RULE_IDS.get(id);
  if (qualified === undefined) {
    const probe = new RootConstruct();
    Validations.of(probe).acknowledge({ id, reason: '' });
    const recorded = probe.node.metadata.find(entry => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)?.data;
    const keys = typeof recorded === 'object' && recorded !== null ? Object.keys(recorded) : [];
    qualified = keys.length === 1 ? keys[0] : null;
    QUALIFIED_RULE_IDS.set(id, qualified);
  }
  return qualified;
}
