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
 */
import { DefaultTokenResolver, type IFragmentConcatenator, type IPostProcessor, type IResolvable, type IResolveContext, Token, type TokenizedStringFragments, Tokenization } from 'aws-cdk-lib';

export class ModelTokenResolver extends DefaultTokenResolver {
  /**
   * @param logicalIds the token behind each element's `logicalId`, and the id to use for it
   */
  constructor(private readonly logicalIds: ReadonlyMap<IResolvable, string>) {
    super(CLOUDFORMATION_CONCAT);
  }

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    const id = this.logicalIds.get(token);
    if (id !== undefined) return id;
    // What DefaultTokenResolver.resolveToken does, without its per-call jsii argument checks
    // (this runs for every token of every resource the model reads).
    try {
      return postProcessor.postProcess(context.resolve(token.resolve(context)), context);
    } catch (error) {
      if (error instanceof Error) error.message = `Resolution error: ${error.message}.`;
      throw error;
    }
  }

  public resolveString(fragments: TokenizedStringFragments, context: IResolveContext): unknown {
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
