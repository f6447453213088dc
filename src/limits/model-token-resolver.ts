/**
 * The token resolver the tree model resolves CloudFormation elements with.
 *
 * It resolves like `Stack.resolve` (CloudFormation intrinsics, `Fn::Join` for
 * strings that embed tokens) except for one thing: the logical id of every
 * CloudFormation element resolves to the element's construct path. The model only
 * needs logical ids as identities to follow `Ref`/`Fn::GetAtt` between resources,
 * and a construct path is one, known without computing anything. Computing the real
 * ids is what makes resolving costly: each is an MD5 of the path, and the logical id
 * of a function's `currentVersion` embeds a hash of the whole function, which
 * aws-cdk-lib recomputes (resolving the function again) every time a `Ref` to that
 * version is resolved. The real ids are resolved only when a literal id (written by
 * hand in an escape hatch) has to be matched (see `TreeModel`).
 *
 * A `Ref` or `Fn::GetAtt` of an element (a `Reference` whose value is the intrinsic
 * naming its target's logical id) is also most of the tokens a resource has, and
 * resolving its value through aws-cdk-lib (an intrinsic with a string token inside)
 * took about 15 us a reference (1,000 references, 15 ms, in an app of 200 queue
 * consumers), only to write the element's id into the same intrinsic. So for exactly
 * those two shapes the id is written directly; any other value (a cross-stack
 * replacement, `Fn::Sub` or string renderings, a reference to something outside the
 * model) is resolved as before.
 */
import { CfnElement, DefaultTokenResolver, type IFragmentConcatenator, type IPostProcessor, type IResolvable, type IResolveContext, Reference, Token, type TokenizedStringFragments, Tokenization } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { isRecord } from './model';
import { isIntrinsic } from './values';

export class ModelTokenResolver extends DefaultTokenResolver {
  /**
   * The token behind each element's `logicalId`, and its id: built the first time a token that
   * may be one is resolved. Most apps never need it, since the references of their resources
   * are written directly (see `elementReference`), and building it costs a token lookup per
   * element (1.6 ms of the checks' 28 ms at 200 functions in `npm run bench:limits`).
   */
  private logicalIds: ReadonlyMap<IResolvable, string> | undefined;
  /**
   * The class of the elements' logical-id tokens (aws-cdk-lib makes every one the same way, an
   * uncached lazy string), learned from one of them; only a token of that class can be one.
   */
  private logicalIdTokenClass: unknown;

  /**
   * @param elementIds the id of each CloudFormation element of the model (what its `logicalId`
   * token, and a `Ref` or `Fn::GetAtt` of it, resolve to)
   */
  constructor(private readonly elementIds: ReadonlyMap<IConstruct, string>) {
    super(CLOUDFORMATION_CONCAT);
  }

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    const isReference = Reference.isReference(token);
    if (!isReference && this.mayBeLogicalId(token)) {
      const id = this.logicalIdMap().get(token);
      if (id !== undefined) return id;
    }
    // What DefaultTokenResolver.resolveToken does, without its per-call jsii argument checks
    // (this runs for every token of every resource the model reads).
    try {
      const value: unknown = token.resolve(context);
      const reference = isReference ? this.elementReference(token, value) ?? this.forwardedReference(value, context) : undefined;
      return postProcessor.postProcess(reference ?? context.resolve(value), context);
    } catch (error) {
      if (error instanceof Error) error.message = `Resolution error: ${error.message}.`;
      throw error;
    }
  }

  private mayBeLogicalId(token: IResolvable): boolean {
    if (this.logicalIdTokenClass === undefined) {
      const [first] = this.elementIds.keys();
      const sample = first instanceof CfnElement ? Tokenization.reverseString(first.logicalId).firstToken : undefined;
      // No element to learn from: every token is looked up (in an empty map).
      this.logicalIdTokenClass = sample?.constructor ?? null;
    }
    return this.logicalIdTokenClass === null || token.constructor === this.logicalIdTokenClass;
  }

  private logicalIdMap(): ReadonlyMap<IResolvable, string> {
    if (this.logicalIds === undefined) {
      const ids = new Map<IResolvable, string>();
      for (const [element, id] of this.elementIds) {
        const token = element instanceof CfnElement ? Tokenization.reverseString(element.logicalId).firstToken : undefined;
        if (token) ids.set(token, id);
      }
      this.logicalIds = ids;
    }
    return this.logicalIds;
  }

  /**
   * What resolving a reference's value gives when that value is `{ Ref: <target's logicalId> }`
   * or `{ 'Fn::GetAtt': [<target's logicalId>, <literal attribute>] }`: the same intrinsic with
   * the target's id. Undefined for any other value, or a target the model has no id for.
   */
  private elementReference(reference: Reference, value: unknown): unknown {
    const id = this.elementIds.get(reference.target);
    if (id === undefined || !isRecord(value) || !isIntrinsic(value)) return undefined;
    const logicalId: unknown = (reference.target as { logicalId?: unknown }).logicalId;
    if ('Ref' in value) return value.Ref === logicalId ? { Ref: id } : undefined;
    if (!('Fn::GetAtt' in value)) return undefined;
    const args = value['Fn::GetAtt'];
    if (!Array.isArray(args) || args.length !== 2 || args[0] !== logicalId) return undefined;
    const attribute: unknown = args[1];
    return typeof attribute === 'string' && !Token.isUnresolved(attribute) ? { 'Fn::GetAtt': [id, attribute] } : undefined;
  }

  /**
   * What resolving a reference's value gives when that value is a string that is one reference
   * to a modelled element, as `elementReference` writes it: the ARN and name attributes of
   * aws-cdk-lib's L2 resources (`Resource.getResourceArnAttribute`) are references whose value,
   * within one environment, is the L1's own attribute, and most resources refer to one.
   * Undefined for anything else, which resolves as before.
   */
  private forwardedReference(value: unknown, context: IResolveContext): unknown {
    if (typeof value !== 'string') return undefined;
    const fragments = Tokenization.reverseString(value);
    const inner = fragments.length === 1 ? fragments.firstToken : undefined;
    return inner !== undefined && Reference.isReference(inner) ? this.elementReference(inner, inner.resolve(context)) : undefined;
  }

  public resolveString(fragments: TokenizedStringFragments, context: IResolveContext): unknown {
    // A string that is one token (most string tokens: a reference's ARN or name) gives what
    // mapping and joining its one fragment gives, without building new fragments to join.
    const only = fragments.length === 1 ? fragments.firstToken : undefined;
    if (only !== undefined) {
      const resolved: unknown = context.resolve(only);
      return Tokenization.isResolvable(resolved) ? resolved.toString() : resolved;
    }
    return fragments.mapTokens({ mapToken: token => context.resolve(token) }).join(CLOUDFORMATION_CONCAT);
  }

  public resolveList(xs: string[], context: IResolveContext): unknown {
    const token = xs.length === 1 ? Tokenization.reverseList(xs) : undefined;
    // Anything but one encoded list token: DefaultTokenResolver reports it.
    return token === undefined ? super.resolveList(xs, context) : context.resolve(token);
  }
}

/**
 * Joins the parts of a string that embeds tokens the way aws-cdk-lib's
 * CloudFormation resolver does: adjacent literals merged, nested `Fn::Join`s with an
 * empty delimiter spliced into one.
 */
const CLOUDFORMATION_CONCAT: IFragmentConcatenator = {
  join(left: unknown, right: unknown): unknown {
    if (left === undefined && right === undefined) return '';
    const parts = [left, right].filter(part => part !== undefined);
    if (parts.length === 1) return parts[0];
    if (isConcatable(parts[0]) && isConcatable(parts[1])) return `${parts[0]}${parts[1]}`;
    return { 'Fn::Join': ['', minimalJoin(parts)] };
  },
};

function minimalJoin(values: unknown[]): unknown[] {
  const joined: unknown[] = [];
  const push = (value: unknown): void => {
    const spliced = emptyDelimiterJoinParts(value);
    if (spliced) {
      spliced.forEach(push);
      return;
    }
    const last = joined.length - 1;
    if (last >= 0 && isConcatable(joined[last]) && isConcatable(value)) {
      joined[last] = `${joined[last]}${value}`;
    } else {
      joined.push(value);
    }
  };
  values.forEach(push);
  return joined;
}

function emptyDelimiterJoinParts(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'Fn::Join') return undefined;
  const args = (value as { 'Fn::Join': unknown })['Fn::Join'];
  if (!Array.isArray(args) || args[0] !== '' || !Array.isArray(args[1]) || Token.isUnresolved(args[1])) return undefined;
  return args[1] as unknown[];
}

function isConcatable(value: unknown): value is string | number {
  return (typeof value === 'string' || typeof value === 'number') && !Token.isUnresolved(value);
}
