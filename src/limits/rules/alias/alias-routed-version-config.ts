import { additionalVersionWeights, weightPath } from './routing';
import type { AppModel, ResourceView } from '../../model';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalString, propertyAt } from '../../values';
import { LAMBDA_FUNCTION, LAMBDA_VERSION, targetFunction } from '../sqs/event-sources';

interface RoutedVersion {
  readonly property: string;
  readonly version: ResourceView;
  readonly fn: ResourceView;
}

/**
 * A4: both versions an alias routes between have the same execution role and the same
 * dead-letter queue configuration (or both none). Versions are followed to the
 * functions they publish, in this or another stack; reported once, on the alias.
 */
export const AliasRoutedVersionConfig: LimitRule = {
  id: 'AliasRoutedVersionConfig',
  description: 'Both versions of a weighted alias share the execution role and the dead-letter queue configuration',
  severity: FindingSeverity.ERROR,
  limitRefs: ['A4'],
  docUrl: DOCS.lambdaAliasRouting,
  resourceTypes: ['AWS::Lambda::Alias'],
  relatedTypes: [LAMBDA_VERSION, LAMBDA_FUNCTION],
  check(alias, app) {
    const weights = additionalVersionWeights(alias);
    if (!weights || weights.length === 0) return [];
    const routed: RoutedVersion[] = [];
    const primary = routedVersion(app, alias, alias.properties.FunctionVersion, 'FunctionVersion');
    if (primary) routed.push(primary);
    for (const entry of weights) {
      const extra = routedVersion(app, alias, entry.functionVersion, weightPath(entry.index, 'FunctionVersion'));
      if (extra) routed.push(extra);
    }
    if (routed.length < 2) return [];
    const [first, ...others] = routed;
    const found: RuleFinding[] = [];
    for (const other of others) {
      if (other.fn === first.fn) continue;
      const differences: string[] = [];
      const roleA = identity(app, first.fn, first.fn.properties.Role);
      const roleB = identity(app, other.fn, other.fn.properties.Role);
      if (roleA !== undefined && roleB !== undefined && roleA !== roleB) differences.push(`execution role (${roleB} vs ${roleA})`);
      const dlqA = deadLetterIdentity(app, first.fn);
      const dlqB = deadLetterIdentity(app, other.fn);
      if (dlqA !== undefined && dlqB !== undefined && dlqA !== dlqB) differences.push(`dead-letter queue (${dlqB} vs ${dlqA})`);
      if (differences.length === 0) continue;
      found.push({
        resource: alias,
        property: other.property,
        value: `version ${other.version.path} of function ${other.fn.path}, whose ${differences.join(' and ')} differ from version ${first.version.path} of function ${first.fn.path}`,
        limit: 'versions with the same execution role and dead-letter queue configuration',
        why: 'Lambda routes an alias only between versions that share the execution role and DeadLetterConfig, and rejects the alias',
      });
    }
    return found;
  },
};

function routedVersion(app: AppModel, alias: ResourceView, value: unknown, property: string): RoutedVersion | undefined {
  const version = app.referencedResource(alias, value);
  if (version?.type !== LAMBDA_VERSION) return undefined;
  const fn = targetFunction(app, version, version.properties.FunctionName);
  return fn ? { property, version, fn } : undefined;
}

/** A comparable identity of a role or queue reference: the resource it designates, or the literal ARN. */
function identity(app: AppModel, from: ResourceView, value: unknown): string | undefined {
  const resource = app.referencedResource(from, value);
  if (resource) return resource.path;
  return literalString(value);
}

function deadLetterIdentity(app: AppModel, fn: ResourceView): string | undefined {
  const target = propertyAt(fn.properties, 'DeadLetterConfig.TargetArn');
  if (target === undefined) return 'none';
  return identity(app, fn, target);
}
