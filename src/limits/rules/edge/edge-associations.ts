/**
 * Finds the Lambda@Edge associations of an app: every
 * `LambdaFunctionAssociations[]` entry of every `AWS::CloudFront::Distribution`
 * behavior, and what its `LambdaFunctionARN` names.
 *
 * Links followed:
 * - a direct `Ref`/`Fn::GetAtt` to a version, alias or function in the same stack, or
 *   an `Fn::ImportValue` of another stack's export;
 * - an `Fn::Join`/`Fn::Sub` that appends a qualifier to a function ARN
 *   (`<fn arn>:3`, `<fn arn>:$LATEST`, `<fn arn>:live`);
 * - `cloudfront.experimental.EdgeFunction` used from a stack outside us-east-1: the
 *   distribution reads `Fn::GetAtt [<reader>, FunctionArn]` of a
 *   `Custom::CrossRegionStringParameterReader`, whose `ParameterName` is the `Name` of an
 *   `AWS::SSM::Parameter` in the us-east-1 stack whose `Value` references the version;
 * - `crossRegionReferences: true` stacks: the distribution reads
 *   `Fn::GetAtt [<reader>, <export name>]` of a `Custom::CrossRegionExportReader`, and a
 *   `Custom::CrossRegionExportWriter` in the producing stack lists that export name in
 *   `WriterProps.exports` with a reference to the version;
 * - a literal ARN (`arn:aws:lambda:<region>:<account>:function:<name>:<qualifier>`): its
 *   region and qualifier are judged, the function itself is not known.
 * Anything else (imported versions behind other custom resources, parameters) is not followed,
 * and the association is skipped by the rules that need the function.
 *
 * The index is built once per app model, in one pass over the distributions (and, only when
 * a cross-region reader is present, one pass over the SSM parameters or export writers).
 */
import { isRecord, type AppModel, type ResourceView } from '../../model';
import { literalArray, literalBoolean, literalString } from '../../values';

/** Every type the association index reads. */
export const EDGE_LINK_TYPES: readonly string[] = [
  'AWS::CloudFront::Distribution',
  'AWS::Lambda::Function',
  'AWS::Lambda::Version',
  'AWS::Lambda::Alias',
  'AWS::SSM::Parameter',
  'Custom::CrossRegionStringParameterReader',
  'Custom::CrossRegionExportReader',
  'Custom::CrossRegionExportWriter',
];

/** What a `LambdaFunctionARN` names. */
export enum EdgeTargetKind {
  /** A numbered version. */
  VERSION = 'version',
  /** An alias. */
  ALIAS = 'alias',
  /** `$LATEST`, explicitly. */
  LATEST = 'latest',
  /** A function ARN without a qualifier (runs `$LATEST`). */
  UNQUALIFIED = 'unqualified',
  /** Not known at synth. */
  UNKNOWN = 'unknown',
}

/** The resolved target of one association. */
export interface EdgeTarget {
  readonly kind: EdgeTargetKind;
  /** The function, when its resource is in the app. */
  readonly function?: ResourceView;
  /** The version resource, when the ARN is a version resource's. */
  readonly version?: ResourceView;
  /** The alias resource, when the ARN is an alias resource's. */
  readonly alias?: ResourceView;
  /** Region of the function (its stack's region, or the region in a literal ARN), when known. */
  readonly region?: string;
  /** Human-readable description of the target, for messages. */
  readonly description: string;
}

/** One `LambdaFunctionAssociations[]` entry. */
export interface EdgeAssociation {
  readonly distribution: ResourceView;
  /** Dotted property path of the association, e.g. `DistributionConfig.CacheBehaviors.0.LambdaFunctionAssociations.1`. */
  readonly property: string;
  /** Dotted path of the behavior (for messages). */
  readonly behavior: string;
  /** `viewer-request`, `viewer-response`, `origin-request` or `origin-response`, when literal. */
  readonly eventType?: string;
  readonly includeBody?: boolean;
  readonly target: EdgeTarget;
}

interface EdgeIndex {
  readonly byDistribution: Map<ResourceView, EdgeAssociation[]>;
  readonly byFunction: Map<ResourceView, EdgeAssociation[]>;
}

const INDEXES = new WeakMap<AppModel, EdgeIndex>();

/** The associations declared by one distribution. */
export function associationsOfDistribution(app: AppModel, distribution: ResourceView): readonly EdgeAssociation[] {
  return edgeIndex(app).byDistribution.get(distribution) ?? [];
}

/** The associations that run a given function (empty when it is not an edge function). */
export function associationsOfFunction(app: AppModel, fn: ResourceView): readonly EdgeAssociation[] {
  return edgeIndex(app).byFunction.get(fn) ?? [];
}

/** `DistributionConfig.DefaultCacheBehavior` in a message: names the distribution and the behavior. */
export function describeAssociation(association: EdgeAssociation): string {
  const type = association.eventType ?? 'an unknown event type';
  return `${type} on ${association.distribution.path} (${association.behavior})`;
}

function edgeIndex(app: AppModel): EdgeIndex {
  let index = INDEXES.get(app);
  if (index) return index;
  const resolver = new TargetResolver(app);
  const byDistribution = new Map<ResourceView, EdgeAssociation[]>();
  const byFunction = new Map<ResourceView, EdgeAssociation[]>();
  for (const distribution of app.ofType('AWS::CloudFront::Distribution')) {
    const list: EdgeAssociation[] = [];
    const config = distribution.properties.DistributionConfig;
    if (!isRecord(config)) continue;
    const behaviors: Array<[string, unknown]> = [['DistributionConfig.DefaultCacheBehavior', config.DefaultCacheBehavior]];
    (literalArray(config.CacheBehaviors) ?? []).forEach((b, i) => behaviors.push([`DistributionConfig.CacheBehaviors.${i}`, b]));
    for (const [behaviorPath, behavior] of behaviors) {
      if (!isRecord(behavior)) continue;
      const pattern = literalString(behavior.PathPattern);
      const behaviorName = pattern === undefined ? behaviorPath : `${behaviorPath}, path ${pattern}`;
      (literalArray(behavior.LambdaFunctionAssociations) ?? []).forEach((entry, i) => {
        if (!isRecord(entry)) return;
        const association: EdgeAssociation = {
          distribution,
          property: `${behaviorPath}.LambdaFunctionAssociations.${i}`,
          behavior: behaviorName,
          eventType: literalString(entry.EventType),
          includeBody: literalBoolean(entry.IncludeBody),
          target: resolver.resolve(distribution, entry.LambdaFunctionARN),
        };
        list.push(association);
        const fn = association.target.function;
        if (fn) {
          const forFunction = byFunction.get(fn) ?? [];
          forFunction.push(association);
          byFunction.set(fn, forFunction);
        }
      });
    }
    byDistribution.set(distribution, list);
  }
  index = { byDistribution, byFunction };
  INDEXES.set(app, index);
  return index;
}

const LAMBDA_ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):[0-9]*:function:([a-zA-Z0-9-_]+)(?::([a-zA-Z0-9-_$]+))?$/;

class TargetResolver {
  private parametersByName?: Map<string, ResourceView>;
  private exportsByName?: Map<string, { writer: ResourceView; value: unknown }>;

  constructor(private readonly app: AppModel) {}

  public resolve(distribution: ResourceView, arn: unknown): EdgeTarget {
    const literal = literalString(arn);
    if (literal !== undefined) return fromLiteralArn(literal);
    const getAtt = isRecord(arn) && Object.keys(arn).length === 1 ? arn['Fn::GetAtt'] : undefined;
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string' && typeof getAtt[1] === 'string') {
      const reader = this.app.resource(distribution.stack, getAtt[0]);
      if (reader?.type === 'Custom::CrossRegionStringParameterReader') {
        const name = literalString(reader.properties.ParameterName);
        const parameter = name === undefined ? undefined : this.parameter(name);
        return parameter ? this.fromReference(parameter, parameter.properties.Value) : unknown();
      }
      if (reader?.type === 'Custom::CrossRegionExportReader') {
        const exported = this.exported(getAtt[1]);
        return exported ? this.fromReference(exported.writer, exported.value) : unknown();
      }
    }
    return this.fromReference(distribution, arn);
  }

  private fromReference(from: ResourceView, value: unknown): EdgeTarget {
    const target = this.app.referencedResource(from, value);
    if (!target) return unknown();
    const region = target.stack.region;
    switch (target.type) {
      case 'AWS::Lambda::Version':
        return {
          kind: EdgeTargetKind.VERSION,
          version: target,
          function: this.functionOf(target),
          region,
          description: `version ${target.path}`,
        };
      case 'AWS::Lambda::Alias':
        return {
          kind: EdgeTargetKind.ALIAS,
          alias: target,
          function: this.functionOf(target),
          region,
          description: `alias ${target.path}`,
        };
      case 'AWS::Lambda::Function': {
        const qualifier = qualifierSuffix(value);
        if (qualifier === undefined) {
          return { kind: EdgeTargetKind.UNQUALIFIED, function: target, region, description: `function ${target.path} without a version qualifier` };
        }
        if (qualifier === '$LATEST') {
          return { kind: EdgeTargetKind.LATEST, function: target, region, description: `function ${target.path}:$LATEST` };
        }
        if (/^[0-9]+$/.test(qualifier)) {
          return { kind: EdgeTargetKind.VERSION, function: target, region, description: `version ${qualifier} of ${target.path}` };
        }
        return { kind: EdgeTargetKind.ALIAS, function: target, region, description: `alias ${qualifier} of ${target.path}` };
      }
      default:
        return unknown();
    }
  }

  private functionOf(versionOrAlias: ResourceView): ResourceView | undefined {
    const fn = this.app.referencedResource(versionOrAlias, versionOrAlias.properties.FunctionName);
    return fn?.type === 'AWS::Lambda::Function' ? fn : undefined;
  }

  private parameter(name: string): ResourceView | undefined {
    if (!this.parametersByName) {
      this.parametersByName = new Map();
      for (const parameter of this.app.ofType('AWS::SSM::Parameter')) {
        const parameterName = literalString(parameter.properties.Name);
        if (parameterName !== undefined) this.parametersByName.set(parameterName, parameter);
      }
    }
    return this.parametersByName.get(name);
  }

  private exported(name: string): { writer: ResourceView; value: unknown } | undefined {
    if (!this.exportsByName) {
      this.exportsByName = new Map();
      for (const writer of this.app.ofType('Custom::CrossRegionExportWriter')) {
        const props = writer.properties.WriterProps;
        const exports = isRecord(props) && isRecord(props.exports) ? props.exports : {};
        for (const [exportName, value] of Object.entries(exports)) this.exportsByName.set(exportName, { writer, value });
      }
    }
    return this.exportsByName.get(name);
  }
}

function unknown(): EdgeTarget {
  return { kind: EdgeTargetKind.UNKNOWN, description: 'an ARN not known at synth' };
}

function fromLiteralArn(arn: string): EdgeTarget {
  const match = LAMBDA_ARN.exec(arn);
  if (!match) return { kind: EdgeTargetKind.UNKNOWN, description: arn };
  const [, region, , qualifier] = match;
  if (qualifier === undefined) return { kind: EdgeTargetKind.UNQUALIFIED, region, description: arn };
  if (qualifier === '$LATEST') return { kind: EdgeTargetKind.LATEST, region, description: arn };
  if (/^[0-9]+$/.test(qualifier)) return { kind: EdgeTargetKind.VERSION, region, description: arn };
  return { kind: EdgeTargetKind.ALIAS, region, description: arn };
}

/**
 * The literal qualifier an `Fn::Join`/`Fn::Sub` appends to a function ARN (`:3` gives `3`),
 * or undefined when the value is the bare ARN.
 */
function qualifierSuffix(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  let tail: string | undefined;
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts: unknown[] = join[1];
    let last = parts.length - 1;
    while (last >= 0 && typeof parts[last] === 'string') last--;
    tail = parts.slice(last + 1).join(join[0]);
    if (last >= 0 && tail !== '') tail = `${join[0]}${tail}`;
  }
  const sub = value['Fn::Sub'];
  const template = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (template !== undefined) tail = template.slice(template.lastIndexOf('}') + 1);
  if (tail === undefined) return undefined;
  const match = /^:([a-zA-Z0-9-_$]+)$/.exec(tail);
  return match ? match[1] : undefined;
}

/** Where a function runs as Lambda@Edge, for messages: `viewer-request on /S/Dist (DistributionConfig.DefaultCacheBehavior)`. */
export function describeUse(associations: readonly EdgeAssociation[]): string {
  const shown = associations.slice(0, 3).map(describeAssociation).join('; ');
  return associations.length > 3 ? `${shown} and ${associations.length - 3} more` : shown;
}
