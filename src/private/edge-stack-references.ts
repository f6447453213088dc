/**
 * EdgeHandler outside us-east-1 builds its function in a us-east-1 stack (aws-cdk-lib's
 * EdgeFunction), and the handler's own stack depends on that stack. A value of
 * `functionProps` that refers to the handler's stack (a CfnParameter's value, a resource
 * attribute) or to any stack in another Region cannot be resolved there: aws-cdk-lib ends in
 * a dependency cycle or a cross-Region reference error that names no property. This finds
 * such references in `functionProps` and throws an error that names the property.
 */
import {
  DefaultTokenResolver, Duration, type IPostProcessor, type IResolvable, type IResolveContext, Reference, Stack,
  StringConcat, Token, Tokenization, type ITokenResolver, type TokenizedStringFragments,
} from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct, type IConstruct } from 'constructs';
import { PatternValidationError } from './errors';
import { durationAmount } from './token-duration';
import { DOCS, EDGE } from '../limits/quotas';

/** Records every Reference a resolution meets (Lazy values included), and resolves as usual. */
class ReferenceRecorder implements ITokenResolver {
  public readonly references: Reference[] = [];
  private readonly inner = new DefaultTokenResolver(new StringConcat());

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): unknown {
    if (token instanceof Reference) this.references.push(token);
    return this.inner.resolveToken(token, context, postProcessor);
  }

  public resolveString(fragments: TokenizedStringFragments, context: IResolveContext): unknown {
    return this.inner.resolveString(fragments, context);
  }

  public resolveList(value: string[], context: IResolveContext): unknown {
    return this.inner.resolveList(value, context);
  }
}

/**
 * The values of `functionProps` worth resolving, by property path: numbers, strings, the
 * amounts of Durations, and plain objects and arrays of them (e.g. `environment`). Constructs
 * and other objects (code, role, layers) are left to aws-cdk-lib.
 */
function plainValues(value: unknown, path: string, out: Array<[string, unknown]>): void {
  if (typeof value === 'number' || typeof value === 'string') {
    out.push([path, value]);
  } else if (value instanceof Duration) {
    out.push([path, durationAmount(value).amount]);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => plainValues(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null && !Construct.isConstruct(value)
    && Object.getPrototypeOf(value) === Object.prototype && !Tokenization.isResolvable(value)) {
    for (const [key, item] of Object.entries(value)) plainValues(item, `${path}.${key}`, out);
  }
}

/**
 * Throws when a value of `functionProps` refers to a stack the us-east-1 function stack
 * cannot read from: the handler's own stack, or a stack in another Region.
 */
export function validateEdgeStackReferences(scope: IConstruct, functionProps: lambda.FunctionProps, functionStack: Stack): void {
  const handlerStack = Stack.of(scope);
  const values: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(functionProps)) plainValues(value, `functionProps.${key}`, values);
  for (const [path, value] of values) {
    if (!Token.isUnresolved(value)) continue;
    const recorder = new ReferenceRecorder();
    Tokenization.resolve(value, { scope: functionStack, resolver: recorder, preparing: false });
    for (const reference of recorder.references) {
      const targetStack = Stack.of(reference.target);
      if (targetStack === functionStack) continue;
      if (targetStack === handlerStack || targetStack.region !== functionStack.region) {
        throw new PatternValidationError(scope, `${path} refers to ${reference.target.node.path} (stack ${targetStack.node.path}, Region ${targetStack.region}); a Lambda@Edge function is created in the ${EDGE.region} stack ${functionStack.node.path}, which the stack ${handlerStack.node.path} depends on, so it cannot take values from that stack's parameters or resources (or from another Region). Use a literal or a context value, or create the EdgeHandler in a ${EDGE.region} stack. See ${DOCS.edgeRestrictions}`);
      }
    }
  }
}
