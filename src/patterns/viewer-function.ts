import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { applyLimitChecks } from '../private/apply-limit-checks';
import { attachToBehavior, validateBehaviorTarget } from '../private/edge-behavior';
import {
  validateCloudFrontFunctionCode,
  validateCloudFrontFunctionRuntime,
  validateViewerEventType,
} from '../private/edge-validation';

/**
 * Properties of a {@link ViewerFunction}.
 */
export interface ViewerFunctionProps {
  /**
   * The viewer event that invokes the function (CloudFront Functions run only on viewer
   * request and viewer response).
   */
  readonly eventType: cloudfront.FunctionEventType;

  /**
   * The function's JavaScript code, inline or from a file: at most 10 KB (UTF-8 bytes),
   * checked at synth.
   */
  readonly code: cloudfront.FunctionCode;

  /**
   * The JavaScript runtime. `cloudfront-js-2.0` (ES2020-level features, KeyValueStore support)
   * unless you need 1.0.
   *
   * @default cloudfront.FunctionRuntime.JS_2_0
   */
  readonly runtime?: cloudfront.FunctionRuntime;

  /**
   * The function's name.
   *
   * @default - generated from the construct path
   */
  readonly functionName?: string;

  /**
   * A comment describing the function.
   *
   * @default - the function's name
   */
  readonly comment?: string;

  /**
   * A KeyValueStore the function reads (needs the 2.0 runtime): data the code should not
   * carry, outside the 10 KB code limit.
   *
   * @default - no KeyValueStore
   */
  readonly keyValueStore?: cloudfront.IKeyValueStore;

  /**
   * A distribution to add a behaviour to, with the function associated. Needs `pathPattern`
   * and `origin`. The default behaviour's functions can only be set when the Distribution is
   * created: for it, leave this out and put `functionAssociation` in
   * `defaultBehavior.functionAssociations`.
   *
   * @default - no behaviour is added; use `functionAssociation`
   */
  readonly distribution?: cloudfront.Distribution;

  /**
   * The path pattern of the behaviour to add to `distribution` (e.g. `/docs/*`).
   *
   * @default - no behaviour is added
   */
  readonly pathPattern?: string;

  /**
   * The origin of the behaviour to add to `distribution`.
   *
   * @default - no behaviour is added
   */
  readonly origin?: cloudfront.IOrigin;

  /**
   * Other options of the behaviour to add to `distribution`; the function's association is
   * appended to its `functionAssociations`.
   *
   * @default - aws-cdk-lib's defaults for a new behaviour
   */
  readonly behaviorOptions?: cloudfront.AddBehaviorOptions;
}

/**
 * A CloudFront Function for a viewer event: for work that needs no network and fits in
 * about a millisecond (header rewrites, redirects, cache-key normalisation), at a fraction
 * of Lambda@Edge's cost and latency. Its code size (10 KB) and runtime are checked at synth.
 * Exposes the `cloudfront.FunctionAssociation` to put in a behaviour, or adds a behaviour to
 * a given distribution.
 *
 * @example
 * declare const distribution: cloudfront.Distribution;
 * declare const origin: cloudfront.IOrigin;
 * new ViewerFunction(this, 'IndexRewrite', {
 *   eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
 *   code: cloudfront.FunctionCode.fromInline(
 *     'function handler(event) { var r = event.request; if (r.uri.endsWith("/")) r.uri += "index.html"; return r; }'),
 *   distribution, pathPattern: '/docs/*', origin,
 * });
 */
export class ViewerFunction extends Construct {
  /** The CloudFront Function. */
  public readonly function: cloudfront.Function;

  /** The association to put in a behaviour's `functionAssociations`. */
  public readonly functionAssociation: cloudfront.FunctionAssociation;

  /** The event type the function is attached for. */
  public readonly eventType: cloudfront.FunctionEventType;

  constructor(scope: Construct, id: string, props: ViewerFunctionProps) {
    super(scope, id);
    validateViewerEventType(this, props.eventType);
    const runtime = props.runtime ?? cloudfront.FunctionRuntime.JS_2_0;
    validateCloudFrontFunctionRuntime(this, runtime);
    validateCloudFrontFunctionCode(this, props.code.render());
    validateBehaviorTarget(this, props, props.eventType, 'CloudFront Function');
    this.eventType = props.eventType;

    this.function = new cloudfront.Function(this, 'Function', {
      code: props.code,
      runtime,
      functionName: props.functionName,
      comment: props.comment,
      keyValueStore: props.keyValueStore,
    });
    this.functionAssociation = { function: this.function, eventType: props.eventType };
    attachToBehavior(props, { eventType: props.eventType, functionAssociation: this.functionAssociation });
    applyLimitChecks(this);
  }
}
