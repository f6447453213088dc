/**
 * Attaching an edge function (Lambda@Edge or CloudFront Function) to a distribution.
 * aws-cdk-lib's Distribution takes the default behaviour's functions only at construction,
 * and new behaviours through `addBehavior(pathPattern, origin, options)`: the patterns add a
 * behaviour (when given a distribution, a path pattern and an origin) and otherwise expose
 * the association for the user to put in `defaultBehavior`.
 */
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import type { IConstruct } from 'constructs';
import { isViewerEvent } from './edge-defaults';
import { PatternValidationError } from './errors';
import { DOCS } from '../limits/quotas';

/** Where to attach: all three or none. */
export interface BehaviorTarget {
  readonly distribution?: cloudfront.Distribution;
  readonly pathPattern?: string;
  readonly origin?: cloudfront.IOrigin;
  readonly behaviorOptions?: cloudfront.AddBehaviorOptions;
}

/** What to attach. */
export interface EdgeAssociation {
  readonly eventType: string;
  readonly edgeLambda?: cloudfront.EdgeLambda;
  readonly functionAssociation?: cloudfront.FunctionAssociation;
}

/** The target is complete or absent, and the behaviour's other functions leave room for this one. */
export function validateBehaviorTarget(scope: IConstruct, target: BehaviorTarget, eventType: string, kind: 'Lambda@Edge' | 'CloudFront Function'): void {
  const given = (['distribution', 'pathPattern', 'origin'] as const).filter(name => target[name] !== undefined);
  if (given.length === 0) {
    if (target.behaviorOptions !== undefined) {
      throw new PatternValidationError(scope, '`behaviorOptions` is set without `distribution`, `pathPattern` and `origin`: it configures the behaviour this construct adds, so give those three too (or leave it out and use the exposed association in your own behaviour).');
    }
    return;
  }
  if (given.length < 3) {
    const missing = (['distribution', 'pathPattern', 'origin'] as const).filter(name => target[name] === undefined);
    throw new PatternValidationError(scope, `\`${given.join('`, `')}\` given without \`${missing.join('`, `')}\`: to attach the function this construct adds a behaviour with Distribution.addBehavior(pathPattern, origin), which needs all three. The default behaviour's functions can only be set when the Distribution is created: leave all three out and put the exposed association in \`defaultBehavior\`.`);
  }
  const edgeLambdas = target.behaviorOptions?.edgeLambdas ?? [];
  const functionAssociations = target.behaviorOptions?.functionAssociations ?? [];
  if (edgeLambdas.some(e => e.eventType === eventType) || functionAssociations.some(f => f.eventType === eventType)) {
    throw new PatternValidationError(scope, `\`behaviorOptions\` already associates a function with the ${eventType} event type: a cache behaviour can have only one edge function per event type. See ${DOCS.edgeFunctionRestrictionsAll}`);
  }
  const otherKindOnViewer = kind === 'Lambda@Edge'
    ? isViewerEvent(eventType) && functionAssociations.length > 0
    : edgeLambdas.some(e => isViewerEvent(e.eventType));
  if (otherKindOnViewer) {
    throw new PatternValidationError(scope, `\`behaviorOptions\` combines CloudFront Functions and Lambda@Edge on viewer events, which CloudFront does not allow on one cache behaviour (Lambda@Edge on origin events may be combined with CloudFront Functions). See ${DOCS.edgeFunctionRestrictionsAll}`);
  }
}

/** Adds the behaviour with the association, when a target was given. */
export function attachToBehavior(target: BehaviorTarget, association: EdgeAssociation): void {
  if (!target.distribution || target.pathPattern === undefined || !target.origin) return;
  const options = target.behaviorOptions ?? {};
  target.distribution.addBehavior(target.pathPattern, target.origin, {
    ...options,
    edgeLambdas: association.edgeLambda ? [...(options.edgeLambdas ?? []), association.edgeLambda] : options.edgeLambdas,
    functionAssociations: association.functionAssociation
      ? [...(options.functionAssociations ?? []), association.functionAssociation]
      : options.functionAssociations,
  });
}
