import * as path from 'path';
import { AssetStaging, FileAssetPackaging, Names, RemovalPolicy, Stack, Stage, Token } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DOCS, EDGE } from '../limits/quotas';
import { applyLimitChecks, applyLimitChecksOutside } from '../private/apply-limit-checks';
import { acknowledgeEdgeFunction, acknowledgeEdgeRole } from '../private/edge-acknowledgements';
import { attachToBehavior, validateBehaviorTarget } from '../private/edge-behavior';
import { codeWithConfig } from '../private/edge-config';
import { defaultLogGroupArn, EDGE_FUNCTION_DEFAULTS, edgeEventDefaults, edgeExecutionRole, edgeLogGroupName } from '../private/edge-defaults';
import { estimatedCompressedSize, estimatedInlineCompressedSize } from '../private/edge-package-size';
import { validateEdgeStackReferences } from '../private/edge-stack-references';
import {
  edgeLimits,
  validateEdgeEventType,
  validateEdgeFunctionProps,
  validateEdgeVersion,
  validateIncludeBody,
  validatePackageSize,
} from '../private/edge-validation';
import { PatternValidationError } from '../private/errors';
import { requireExactlyOne } from '../private/exactly-one';

/**
 * Properties of an {@link EdgeHandler}.
 */
export interface EdgeHandlerProps {
  /**
   * The CloudFront event that invokes the function. It decides the limits the function is
   * checked against and its default memory and timeout: viewer events 128 MB and 5 s (the
   * Lambda@Edge maximums), origin events 256 MB and 10 s (maximums 10,240 MB and 30 s).
   */
  readonly eventType: cloudfront.LambdaEdgeEventType;

  /**
   * Props of a function to create in us-east-1, whatever the stack's Region (through
   * `cloudfront.experimental.EdgeFunction`). Give exactly one of `functionProps` and `version`.
   *
   * Unset `memorySize` and `timeout` get the event type's defaults; JSON log format; a log
   * group `/aws/lambda/us-east-1.<function name>` with one month of retention; a role that may
   * only write that function's logs, in any Region. X-Ray active tracing is not turned on:
   * Lambda@Edge replicas do not send traces.
   *
   * @default - use `version`
   */
  readonly functionProps?: lambda.FunctionProps;

  /**
   * An existing numbered version of a function in us-east-1 (not `$LATEST`, not an alias).
   * Its Region is checked when it is known at synth (from a literal ARN or the version's stack).
   *
   * @default - create a function from `functionProps`
   */
  readonly version?: lambda.IVersion;

  /**
   * Whether CloudFront exposes the request body to the function. Only for the
   * `VIEWER_REQUEST` and `ORIGIN_REQUEST` event types.
   *
   * @default false
   */
  readonly includeBody?: boolean;

  /**
   * Configuration for the function, which cannot have environment variables. Values must
   * be known at synth. With an asset directory (`lambda.Code.fromAsset(dir)`), a copy of the
   * directory with a generated JSON file named `configFileName` is deployed instead; with
   * inline code (`lambda.Code.fromInline`), every occurrence of `EdgeHandler.CONFIG_PLACEHOLDER`
   * is replaced by the JSON object. A changed value publishes a new version. Only with
   * `functionProps`.
   *
   * @default - no configuration
   */
  readonly config?: { [key: string]: string };

  /**
   * The name of the generated configuration file in an asset directory. Only with `config`.
   *
   * @default 'edge-config.json'
   */
  readonly configFileName?: string;

  /**
   * What happens to the function, its versions and its log group when they leave the stack.
   * CloudFront keeps replicas of an associated function for a few hours after the
   * association is removed, and Lambda refuses to delete a function or version while
   * replicas exist: with `DESTROY` a stack deletion or update can fail on them. Only with
   * `functionProps` (`currentVersionOptions.removalPolicy` still wins for versions).
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * The id of the us-east-1 stack that holds the function when the handler's stack is in
   * another Region (shared by every EdgeHandler of that stack). Only with `functionProps`.
   *
   * @default - `edge-lambda-stack-<address of the handler's stack>` (EdgeFunction's default)
   */
  readonly edgeStackId?: string;

  /**
   * A distribution to add a behaviour to, with the function associated. Needs `pathPattern`
   * and `origin`. The default behaviour's functions can only be set when the Distribution is
   * created: for it, leave this out and put `edgeLambda` in `defaultBehavior.edgeLambdas`.
   *
   * @default - no behaviour is added; use `edgeLambda`
   */
  readonly distribution?: cloudfront.Distribution;

  /**
   * The path pattern of the behaviour to add to `distribution` (e.g. `/api/*`).
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
   * Other options of the behaviour to add to `distribution`; the handler's association is
   * appended to its `edgeLambdas`.
   *
   * @default - aws-cdk-lib's defaults for a new behaviour
   */
  readonly behaviorOptions?: cloudfront.AddBehaviorOptions;
}

/**
 * Lambda@Edge code attached to a CloudFront distribution behaviour for one event type,
 * checked at synth against the restrictions of Lambda@Edge and of that event type.
 *
 * From `functionProps` it creates the function in us-east-1, whatever the stack's Region,
 * by composing `cloudfront.experimental.EdgeFunction` (a us-east-1 stack, an SSM parameter
 * and a cross-Region reader), publishes a numbered version, and exposes the
 * `cloudfront.EdgeLambda` to put in a behaviour, or adds a behaviour to a given distribution.
 * From `version` it attaches an existing us-east-1 version.
 *
 * @example
 * declare const distribution: cloudfront.Distribution;
 * declare const origin: cloudfront.IOrigin;
 * new EdgeHandler(this, 'Rewrite', {
 *   eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
 *   functionProps: {
 *     runtime: lambda.Runtime.NODEJS_22_X,
 *     handler: 'index.handler',
 *     code: lambda.Code.fromAsset('lambda/rewrite'),
 *   },
 *   config: { apiHost: 'api.example.com' },
 *   distribution, pathPattern: '/api/*', origin,
 * });
 */
export class EdgeHandler extends Construct {
  /** The text that `config` replaces in inline code (e.g. `const config = __EDGE_CONFIG__;`). */
  public static readonly CONFIG_PLACEHOLDER: string = EDGE_FUNCTION_DEFAULTS.configPlaceholder;

  /** The function (in us-east-1). */
  public readonly function: lambda.IFunction;

  /** The numbered version CloudFront invokes. */
  public readonly version: lambda.IVersion;

  /** The association to put in a behaviour's `edgeLambdas`. */
  public readonly edgeLambda: cloudfront.EdgeLambda;

  /** The event type the function is attached for. */
  public readonly eventType: cloudfront.LambdaEdgeEventType;

  /**
   * The EdgeFunction that holds the function, when it was created from `functionProps`.
   *
   * @default - undefined when `version` was given
   */
  public readonly edgeFunction?: cloudfront.experimental.EdgeFunction;

  /**
   * The us-east-1 log group of the function (replicas log to a group of the same name in the
   * Region where they run, which Lambda creates).
   *
   * @default - undefined when `version` or `functionProps.logGroup`/`logRetention` was given
   */
  public readonly logGroup?: logs.ILogGroup;

  constructor(scope: Construct, id: string, props: EdgeHandlerProps) {
    super(scope, id);
    requireExactlyOne(this, 'version', props.version, 'functionProps', props.functionProps);
    validateEdgeEventType(this, props.eventType);
    validateIncludeBody(this, props.eventType, props.includeBody);
    validateBehaviorTarget(this, props, props.eventType, 'Lambda@Edge');
    this.eventType = props.eventType;

    if (props.functionProps) {
      const created = this.createFunction(props, props.functionProps);
      this.edgeFunction = created.edgeFunction;
      this.logGroup = created.logGroup;
      this.function = created.edgeFunction.lambda;
      this.version = created.edgeFunction;
    } else {
      const version = props.version!;
      const functionOnly = (['config', 'configFileName', 'removalPolicy', 'edgeStackId'] as const)
        .filter(name => props[name] !== undefined);
      if (functionOnly.length > 0) {
        throw new PatternValidationError(this, `\`${functionOnly[0]}\` applies to a function EdgeHandler creates from \`functionProps\`, not to an existing \`version\`: remove it, or configure the existing function where it is defined.`);
      }
      validateEdgeVersion(this, version);
      this.function = version.lambda;
      this.version = version;
    }

    this.edgeLambda = {
      functionVersion: this.version,
      eventType: props.eventType,
      includeBody: props.includeBody,
    };
    attachToBehavior(props, { eventType: props.eventType, edgeLambda: this.edgeLambda });
    applyLimitChecks(this);
    applyLimitChecksOutside(this, this.function);
  }

  private createFunction(props: EdgeHandlerProps, functionProps: lambda.FunctionProps) {
    validateEdgeFunctionProps(this, props.eventType, functionProps);
    const stack = Stack.of(this);
    if (Token.isUnresolved(stack.region)) {
      throw new PatternValidationError(this, `the stack ${stack.node.path} has no explicit Region, so the function cannot be placed in ${EDGE.region} (Lambda@Edge functions must be there): give the stack an \`env\` with a \`region\` (any Region; a ${EDGE.region} stack is created for the function when it is another). See ${DOCS.edgeRestrictions}`);
    }
    const inRegion = stack.region === EDGE.region;
    const functionScope: Construct = inRegion ? this : this.edgeStack(stack, props.edgeStackId);
    const prefix = inRegion ? '' : Names.uniqueId(this);
    if (!inRegion) validateEdgeStackReferences(this, functionProps, Stack.of(functionScope));

    if (props.configFileName !== undefined && props.config === undefined) {
      throw new PatternValidationError(this, '`configFileName` is set without `config`: there is no configuration file to name.');
    }
    const code = codeWithConfig(this, functionProps.code, {
      config: props.config,
      fileName: props.configFileName ?? EDGE_FUNCTION_DEFAULTS.configFileName,
      placeholder: EDGE_FUNCTION_DEFAULTS.configPlaceholder,
    });
    if (code instanceof lambda.InlineCode) {
      const text = code.bind(this).inlineCode ?? '';
      validatePackageSize(this, props.eventType, estimatedInlineCompressedSize(text), 'inline code');
    }

    const removalPolicy = props.removalPolicy ?? EDGE_FUNCTION_DEFAULTS.removalPolicy;
    const functionName = functionProps.functionName ?? Names.uniqueResourceName(this, { maxLength: 64 });
    const createdLogGroup = functionProps.logGroup !== undefined || functionProps.logRetention !== undefined ? undefined
      : new logs.LogGroup(functionScope, `${prefix}LogGroup`, {
        logGroupName: edgeLogGroupName(functionName),
        retention: EDGE_FUNCTION_DEFAULTS.logRetention,
        removalPolicy,
      });
    const otherLogGroupArn = functionProps.logGroup !== undefined ? functionProps.logGroup.logGroupRef.logGroupArn
      : createdLogGroup === undefined ? defaultLogGroupArn(functionScope, functionName) : undefined;
    const role = functionProps.role ?? edgeExecutionRole(functionScope, `${prefix}ServiceRole`, functionName, otherLogGroupArn);
    const defaults = edgeEventDefaults(props.eventType);

    const edgeFunction = new cloudfront.experimental.EdgeFunction(this, inRegion ? 'Function' : prefix, {
      ...functionProps,
      code,
      functionName,
      memorySize: functionProps.memorySize ?? defaults.memorySize,
      timeout: functionProps.timeout ?? defaults.timeout,
      loggingFormat: functionProps.loggingFormat ?? EDGE_FUNCTION_DEFAULTS.loggingFormat,
      logGroup: functionProps.logGroup ?? createdLogGroup,
      role,
      currentVersionOptions: {
        ...functionProps.currentVersionOptions,
        removalPolicy: functionProps.currentVersionOptions?.removalPolicy ?? removalPolicy,
      },
      stackId: inRegion ? undefined : functionScope.node.id,
    });
    edgeFunction.lambda.applyRemovalPolicy(removalPolicy);
    acknowledgeEdgeFunction(edgeFunction.lambda, functionProps.tracing !== undefined);
    if (functionProps.role === undefined) acknowledgeEdgeRole(role, functionName, Stack.of(functionScope).account);
    this.validateStagedPackage(props.eventType, edgeFunction.lambda);
    return { edgeFunction, logGroup: createdLogGroup };
  }

  /** The us-east-1 stack EdgeFunction puts the function in: created here first, so the role and log group can go in it. */
  private edgeStack(stack: Stack, stackId: string | undefined): Stack {
    const stage = Stage.of(this);
    if (!stage) {
      throw new PatternValidationError(this, `the stack ${stack.node.path} is not part of a CDK App or Stage, so no ${EDGE.region} stack can be created for the Lambda@Edge function.`);
    }
    const id = stackId ?? `edge-lambda-stack-${stack.node.addr}`;
    const existing = stage.node.tryFindChild(id);
    if (existing === undefined) {
      return new Stack(stage, id, {
        env: { region: EDGE.region, account: stack.account },
        tags: stack.tags.tagValues(),
      });
    }
    if (!Stack.isStack(existing) || existing.region !== EDGE.region) {
      throw new PatternValidationError(this, `\`edgeStackId\` is '${id}', but ${existing.node.path} is not a stack in ${EDGE.region}: Lambda@Edge functions must be in ${EDGE.region}. Choose another id. See ${DOCS.edgeRestrictions}`);
    }
    return existing;
  }

  /** The staged asset (after bundling, if any) fits the event type's package limit. */
  private validateStagedPackage(eventType: cloudfront.LambdaEdgeEventType, fn: lambda.IFunction): void {
    const limit = edgeLimits(eventType).packageMaxBytes;
    for (const staging of fn.node.findAll().filter((c): c is AssetStaging => c instanceof AssetStaging)) {
      const what = staging.packaging === FileAssetPackaging.FILE
        ? `the archive ${path.basename(staging.absoluteStagedPath)}`
        : `the asset ${staging.node.path}`;
      validatePackageSize(this, eventType, estimatedCompressedSize(staging.absoluteStagedPath, limit), what);
    }
  }
}
