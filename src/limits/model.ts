/**
 * A read-only view of a synthesized CloudFormation app: every resource of every
 * stack, with its properties as they will be deployed (tokens resolved, escape
 * hatches applied), and indexes that let rules follow references between
 * resources (Ref, Fn::GetAtt, Fn::ImportValue across stacks) in constant time.
 *
 * Not part of the public API.
 */

/** One stack of the app. */
export interface StackView {
  /** Construct path of the stack (e.g. `MyApp/MyStack`). */
  readonly path: string;
  /** Name of the stack (artifact id). */
  readonly name: string;
  /** The stack's region, when it is known at synth. */
  readonly region?: string;
  /** The stack's account, when it is known at synth. */
  readonly account?: string;
  /** The template file, when the model was read from a cloud assembly. */
  readonly templatePath?: string;
  /** The whole template (Resources, Outputs, Parameters, ...). */
  readonly template: TemplateJson;
  /**
   * The stack's resources by id: `template.Resources` of a cloud assembly; in the tree model,
   * which does not build that section, the resources it renders, by construct path (thousands
   * of long strings, which a map holds at a tenth of the cost of an object's keys).
   */
  readonly resources: ReadonlyMap<string, ResourceJson>;
}

/** A CloudFormation template, as JSON. */
export interface TemplateJson {
  readonly Resources?: Record<string, ResourceJson>;
  readonly Outputs?: Record<string, OutputJson>;
  readonly Parameters?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** A resource entry of a template. */
export interface ResourceJson {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly [key: string]: unknown;
}

/** An output entry of a template. */
export interface OutputJson {
  readonly Value?: unknown;
  readonly Export?: { readonly Name?: unknown };
}

/** One resource of the app. */
export interface ResourceView {
  readonly stack: StackView;
  readonly logicalId: string;
  /** CloudFormation type, e.g. `AWS::Lambda::Function`. */
  readonly type: string;
  /** Properties as deployed; unresolved values stay CloudFormation intrinsics. */
  readonly properties: Record<string, unknown>;
  /** Construct path (or `<stack path>/<logical id>` when unknown). */
  readonly path: string;
  /** Resource metadata from the template (asset paths, cdk path). */
  readonly metadata: Record<string, unknown>;
}

/** Extra facts about the app that templates do not carry. */
export interface AppFacts {
  /**
   * Unzipped size in bytes of a file asset, by asset hash (the `<hash>` of a
   * `Code.S3Key` of `<hash>.zip`), when the staged asset can be measured.
   */
  readonly assetSize?: (assetHash: string) => number | undefined;
  /**
   * Compressed size in bytes of a file asset as it is uploaded (the `.zip` file's own size
   * for a zip asset; for a directory, an estimate of the zip CDK builds: each file deflated
   * at level 9 plus the zip headers), when the staged asset can be measured. Costly for big
   * directories: call it only when the unzipped size is not enough to decide.
   */
  readonly compressedAssetSize?: (assetHash: string) => number | undefined;
  /**
   * When resources are keyed by another identity than their logical id (the tree model
   * keys them by construct path), the key of the resource a literal logical id names in
   * a stack (by stack path), for references written by hand in escape hatches.
   */
  readonly modelIdOf?: (stackPath: string, logicalId: string) => string | undefined;
  /**
   * The IPv4 CIDR block of a subnet the app imports (in no template; e.g. `ec2.Vpc.fromLookup`,
   * `ec2.Vpc.fromVpcAttributes` or `ec2.Subnet.fromSubnetAttributes` with CIDR blocks), by its
   * literal subnet id, when the import gave one.
   */
  readonly importedSubnetCidr?: (subnetId: string) => string | undefined;
}

/**
 * The type of the one pseudo-resource the model adds per stack, so that stack-level
 * rules (outputs, parameters) run through the same per-type dispatch as the others.
 */
export const STACK_PSEUDO_TYPE = 'cdk-lambda-patterns::Stack';

/** The whole app, indexed for rules. */
export class AppModel {
  public readonly stacks: readonly StackView[];
  public readonly resources: readonly ResourceView[];
  public readonly facts: AppFacts;
  private readonly byType = new Map<string, ResourceView[]>();
  private readonly byStack = new Map<StackView, Map<string, ResourceView>>();
  private readonly exports = new Map<string, ResourceView>();
  private readonly referrerIndex = new Map<string, Map<ResourceView, ResourceView[]>>();

  constructor(stacks: readonly StackView[], pathOf: (stack: StackView, logicalId: string, resource: ResourceJson) => string, facts: AppFacts = {}) {
    this.stacks = stacks;
    this.facts = facts;
    const resources: ResourceView[] = [];
    for (const stack of stacks) {
      const byId = new Map<string, ResourceView>();
      this.byStack.set(stack, byId);
      for (const [logicalId, json] of stack.resources) {
        if (!json || typeof json.Type !== 'string') continue;
        const view: ResourceView = {
          stack,
          logicalId,
          type: json.Type,
          properties: isRecord(json.Properties) ? json.Properties : {},
          metadata: isRecord(json.Metadata) ? json.Metadata : {},
          path: pathOf(stack, logicalId, json),
        };
        resources.push(view);
        const list = this.byType.get(view.type) ?? [];
        list.push(view);
        this.byType.set(view.type, list);
        byId.set(logicalId, view);
      }
    }
    const stackViews = stacks.map((stack): ResourceView => ({
      stack, logicalId: '', type: STACK_PSEUDO_TYPE, properties: {}, metadata: {}, path: stack.path,
    }));
    this.byType.set(STACK_PSEUDO_TYPE, stackViews);
    this.resources = resources;
    for (const stack of stacks) {
      for (const output of Object.values(stack.template.Outputs ?? {})) {
        const name = output?.Export?.Name;
        if (typeof name !== 'string') continue;
        const target = this.referencedResourceIn(stack, output.Value);
        if (target) this.exports.set(name, target);
      }
    }
  }

  /** All resources of a CloudFormation type. */
  public ofType(type: string): readonly ResourceView[] {
    return this.byType.get(type) ?? [];
  }

  /** The resource with this logical id in this stack. */
  public resource(stack: StackView, logicalId: string): ResourceView | undefined {
    const byId = this.byStack.get(stack);
    const found = byId?.get(logicalId);
    if (found || !this.facts.modelIdOf || logicalId.startsWith('AWS::')) return found;
    const modelId = this.facts.modelIdOf(stack.path, logicalId);
    return modelId === undefined ? undefined : byId?.get(modelId);
  }

  /**
   * The resource a property value points at, when the value is a `Ref`, a
   * `Fn::GetAtt`, an `Fn::ImportValue` of another stack's export, or an
   * `Fn::Join`/`Fn::Sub` that embeds exactly one of those (e.g. an alias ARN).
   */
  public referencedResource(from: ResourceView, value: unknown): ResourceView | undefined {
    return this.referencedResourceIn(from.stack, value);
  }

  /**
   * Resources of `type` whose property `property` references `target` (e.g. every
   * AWS::Lambda::EventSourceMapping whose `FunctionName` is a given function).
   * The index is built once per (type, property) pair, so repeated calls are cheap.
   */
  public referrers(target: ResourceView, type: string, property: string): readonly ResourceView[] {
    const indexKey = `${type}\u0000${property}`;
    let index = this.referrerIndex.get(indexKey);
    if (!index) {
      index = new Map();
      for (const candidate of this.ofType(type)) {
        for (const referenced of this.referencedResources(candidate, candidate.properties[property])) {
          const list = index.get(referenced) ?? [];
          list.push(candidate);
          index.set(referenced, list);
        }
      }
      this.referrerIndex.set(indexKey, index);
    }
    return index.get(target) ?? [];
  }

  /** Every resource a value references (deduplicated). */
  public referencedResources(from: ResourceView, value: unknown): ResourceView[] {
    const found = new Set<ResourceView>();
    const visit = (v: unknown): void => {
      const direct = this.directReference(from.stack, v);
      if (direct) {
        found.add(direct);
        return;
      }
      if (Array.isArray(v)) v.forEach(visit);
      else if (isRecord(v)) Object.values(v).forEach(visit);
    };
    visit(value);
    return [...found];
  }

  private referencedResourceIn(stack: StackView, value: unknown): ResourceView | undefined {
    const direct = this.directReference(stack, value);
    if (direct) return direct;
    if (!isRecord(value)) return undefined;
    // Fn::Join / Fn::Sub that builds e.g. `arn:...:function:${Fn}:live` from one resource.
    const inner = value['Fn::Join'] ?? value['Fn::Sub'];
    if (inner === undefined) return undefined;
    const pseudo: ResourceView = { stack, logicalId: '', type: '', properties: {}, path: '', metadata: {} };
    const all = this.referencedResources(pseudo, inner);
    return all.length === 1 ? all[0] : undefined;
  }

  private directReference(stack: StackView, value: unknown): ResourceView | undefined {
    if (!isRecord(value)) return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1) return undefined;
    const ref = value.Ref;
    if (typeof ref === 'string') return this.resource(stack, ref);
    const getAtt = value['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return this.resource(stack, getAtt[0]);
    if (typeof getAtt === 'string') return this.resource(stack, getAtt.split('.')[0]);
    const importValue = value['Fn::ImportValue'];
    if (typeof importValue === 'string') return this.exports.get(importValue);
    return undefined;
  }
}

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
