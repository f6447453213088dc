/**
 * Synth-time checks of what EdgeHandler and ViewerFunction are given, against the
 * Lambda@Edge and CloudFront Functions restrictions. Each message names the property,
 * the value, the limit, the event type that imposes it, and the documentation.
 * Values that are unresolved tokens are skipped.
 */
import { Token } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { isRequestEvent, isViewerEvent } from './edge-defaults';
import { PatternValidationError } from './errors';
import { formatNumber } from './format-number';
import { DOCS, EDGE } from '../limits/quotas';

/** The per-event-type Lambda@Edge limits. */
export interface EdgeLimits {
  readonly memoryMaxMb: number;
  readonly timeoutMaxSeconds: number;
  readonly packageMaxBytes: number;
}

const VIEWER_LIMITS: EdgeLimits = {
  memoryMaxMb: EDGE.viewerMaxMemoryMb,
  timeoutMaxSeconds: EDGE.viewerMaxTimeoutSeconds,
  packageMaxBytes: EDGE.viewerMaxPackageBytes,
};

const ORIGIN_LIMITS: EdgeLimits = {
  memoryMaxMb: EDGE.originMaxMemoryMb,
  timeoutMaxSeconds: EDGE.originMaxTimeoutSeconds,
  packageMaxBytes: EDGE.originMaxPackageBytes,
};

const ALL_EVENT_TYPES: readonly string[] = [...EDGE.viewerEventTypes, ...EDGE.originEventTypes];

/** The limits of one event type. */
export function edgeLimits(eventType: string): EdgeLimits {
  return isViewerEvent(eventType) ? VIEWER_LIMITS : ORIGIN_LIMITS;
}

/** "(viewer events: 128 MB; origin events: 10,240 MB)": both limits, for the message. */
function bothLimits(pick: (limits: EdgeLimits) => string): string {
  return `(viewer events: ${pick(VIEWER_LIMITS)}; origin events: ${pick(ORIGIN_LIMITS)})`;
}

function mb(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 2)} MB`;
}

/** The event type is one of the four Lambda@Edge event types (JavaScript callers can pass any string). */
export function validateEdgeEventType(scope: IConstruct, eventType: string): void {
  if (!ALL_EVENT_TYPES.includes(eventType)) {
    throw new PatternValidationError(scope, `\`eventType\` is '${eventType}', which is not a Lambda@Edge event type: use one of ${ALL_EVENT_TYPES.join(', ')} (cloudfront.LambdaEdgeEventType). See ${DOCS.edgeQuotas}`);
  }
}

/** `includeBody` is only valid on request events. */
export function validateIncludeBody(scope: IConstruct, eventType: string, includeBody: boolean | undefined): void {
  if (includeBody === true && !isRequestEvent(eventType)) {
    throw new PatternValidationError(scope, `\`includeBody\` is true, but the ${eventType} event type has no request body to expose: CloudFront accepts includeBody only for ${EDGE.requestEventTypes.join(' and ')} events. See ${DOCS.edgeIncludeBody}`);
  }
}

/** Every Lambda@Edge restriction that `functionProps` can show at synth. */
export function validateEdgeFunctionProps(scope: IConstruct, eventType: string, props: lambda.FunctionProps): void {
  const limits = edgeLimits(eventType);
  const where = `for the ${eventType} event type`;

  if (props.memorySize !== undefined && !Token.isUnresolved(props.memorySize) && props.memorySize > limits.memoryMaxMb) {
    throw new PatternValidationError(scope, `\`functionProps.memorySize\` is ${props.memorySize} MB, above the ${formatNumber(limits.memoryMaxMb)} MB that Lambda@Edge allows ${where} ${bothLimits(l => `${formatNumber(l.memoryMaxMb)} MB`)}. See ${DOCS.edgeQuotas}`);
  }
  if (props.timeout !== undefined && !props.timeout.isUnresolved() && props.timeout.toMilliseconds() > limits.timeoutMaxSeconds * 1000) {
    throw new PatternValidationError(scope, `\`functionProps.timeout\` is ${props.timeout.toHumanString()}, above the ${limits.timeoutMaxSeconds} seconds that Lambda@Edge allows ${where} ${bothLimits(l => `${l.timeoutMaxSeconds} s`)}. See ${DOCS.edgeQuotas}`);
  }

  const isImage = props.code instanceof lambda.EcrImageCode || props.code instanceof lambda.AssetImageCode
    || props.runtime === lambda.Runtime.FROM_IMAGE;
  if (isImage) {
    throw new PatternValidationError(scope, '`functionProps.code` is a container image: Lambda@Edge runs only .zip deployment packages (inline code or an asset) with a Node.js or Python runtime. See ' + DOCS.edgeRestrictions);
  }
  const runtime = props.runtime.name;
  if (!EDGE.runtimePrefixes.some(prefix => runtime.startsWith(prefix))) {
    throw new PatternValidationError(scope, `\`functionProps.runtime\` is ${runtime}: Lambda@Edge supports only Node.js and Python runtimes. See ${DOCS.edgeRestrictions}`);
  }
  if (props.architecture !== undefined && props.architecture.name !== lambda.Architecture.X86_64.name) {
    throw new PatternValidationError(scope, `\`functionProps.architecture\` is ${props.architecture.name}: Lambda@Edge runs only x86_64 functions. Remove the property (x86_64 is the default). See ${DOCS.edgeRestrictions}`);
  }
  const environmentKeys = Object.keys(props.environment ?? {});
  if (environmentKeys.length > 0) {
    throw new PatternValidationError(scope, `\`functionProps.environment\` sets ${environmentKeys.join(', ')}: Lambda@Edge functions cannot have environment variables. Pass the values with the \`config\` property instead (a JSON file bundled with the code, or values substituted into inline code). See ${DOCS.edgeRestrictions}`);
  }
  const layerProps = [
    (props.layers ?? []).length > 0 ? 'layers' : undefined,
    props.adotInstrumentation !== undefined ? 'adotInstrumentation' : undefined,
    props.paramsAndSecrets !== undefined ? 'paramsAndSecrets' : undefined,
    props.insightsVersion !== undefined ? 'insightsVersion' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (layerProps.length > 0) {
    throw new PatternValidationError(scope, `\`functionProps.${layerProps[0]}\` adds a Lambda layer: Lambda@Edge functions cannot use layers. Bundle the dependency into the function's code. See ${DOCS.edgeRestrictions}`);
  }
  const networkProps = [
    props.vpc !== undefined ? 'vpc' : undefined,
    props.vpcSubnets !== undefined ? 'vpcSubnets' : undefined,
    props.securityGroups !== undefined ? 'securityGroups' : undefined,
    props.filesystem !== undefined ? 'filesystem' : undefined,
  ].filter((name): name is string => name !== undefined);
  if (networkProps.length > 0) {
    throw new PatternValidationError(scope, `\`functionProps.${networkProps[0]}\` places the function in a VPC: Lambda@Edge functions cannot access resources inside a VPC (nor mount EFS, which needs one). See ${DOCS.edgeRestrictions}`);
  }
  const provisioned = props.currentVersionOptions?.provisionedConcurrentExecutions;
  if (provisioned !== undefined) {
    throw new PatternValidationError(scope, `\`functionProps.currentVersionOptions.provisionedConcurrentExecutions\` is ${provisioned}: Lambda@Edge does not support provisioned concurrency. See ${DOCS.edgeRestrictions}`);
  }
  const storage = props.ephemeralStorageSize;
  if (storage !== undefined && !storage.isUnresolved() && storage.toMebibytes() > EDGE.maxEphemeralStorageMb) {
    throw new PatternValidationError(scope, `\`functionProps.ephemeralStorageSize\` is ${storage.toMebibytes()} MB: Lambda@Edge functions keep the default ${EDGE.maxEphemeralStorageMb} MB of /tmp and cannot have more. See ${DOCS.edgeRestrictions}`);
  }
  const mode = props.runtimeManagementMode;
  if (mode !== undefined && mode.mode !== lambda.RuntimeManagementMode.AUTO.mode) {
    throw new PatternValidationError(scope, `\`functionProps.runtimeManagementMode\` is ${mode.mode}: Lambda@Edge supports only the Auto runtime management mode. See ${DOCS.edgeRestrictions}`);
  }
}

/** The package a function deploys fits the event type's compressed-size limit. */
export function validatePackageSize(scope: IConstruct, eventType: string, estimatedBytes: number, what: string): void {
  const limits = edgeLimits(eventType);
  if (estimatedBytes > limits.packageMaxBytes) {
    throw new PatternValidationError(scope, `the deployment package (${what}) is at least ${mb(estimatedBytes)} compressed, above the ${mb(limits.packageMaxBytes)} that Lambda@Edge allows for the ${eventType} event type ${bothLimits(l => mb(l.packageMaxBytes))}. See ${DOCS.edgeQuotas}`);
  }
}

/** An existing version: numbered (not $LATEST), and in us-east-1 when its Region is known. */
export function validateEdgeVersion(scope: IConstruct, version: lambda.IVersion): void {
  if (version.version === '$LATEST') {
    throw new PatternValidationError(scope, `\`version\` is $LATEST: CloudFront associates only a numbered version of a function (not $LATEST or an alias). Pass \`fn.currentVersion\` or a lambda.Version. See ${DOCS.edgeRestrictions}`);
  }
  const region = versionRegion(version);
  if (region !== undefined && region !== EDGE.region) {
    throw new PatternValidationError(scope, `\`version\` (${version.node.path}) is in ${region}: Lambda@Edge functions must be in ${EDGE.region}. Create the function in a ${EDGE.region} stack, or give \`functionProps\` and let EdgeHandler create it there. See ${DOCS.edgeRestrictions}`);
  }
}

/** The Region of a version: from its literal ARN, else from its stack, else undefined. */
function versionRegion(version: lambda.IVersion): string | undefined {
  const arn = version.functionArn;
  if (!Token.isUnresolved(arn)) {
    const parts = arn.split(':');
    if (parts.length >= 4 && parts[3] !== '') return parts[3];
  }
  const region = version.env.region;
  return Token.isUnresolved(region) ? undefined : region;
}

/** CloudFront Functions run only on viewer events (JavaScript callers can pass any string). */
export function validateViewerEventType(scope: IConstruct, eventType: string): void {
  if (!isViewerEvent(eventType)) {
    throw new PatternValidationError(scope, `\`eventType\` is '${eventType}': CloudFront Functions run only on ${EDGE.viewerEventTypes.join(' and ')} events (cloudfront.FunctionEventType). For origin events use EdgeHandler (Lambda@Edge). See ${DOCS.edgeFunctionRestrictionsAll}`);
  }
}

/** The code of a CloudFront Function is at most 10 KB (UTF-8 bytes). */
export function validateCloudFrontFunctionCode(scope: IConstruct, code: string): void {
  if (Token.isUnresolved(code)) return;
  const bytes = Buffer.byteLength(code, 'utf-8');
  if (bytes > EDGE.cloudFrontFunctionMaxCodeBytes) {
    throw new PatternValidationError(scope, `\`code\` is ${formatNumber(bytes)} bytes (UTF-8), above the ${formatNumber(EDGE.cloudFrontFunctionMaxCodeBytes)} bytes (10 KB) CloudFront allows for a CloudFront Function's code. Move logic to a Lambda@Edge function (EdgeHandler) or data to a KeyValueStore. See ${DOCS.cloudFrontFunctionQuotas}`);
  }
}

/** The runtime of a CloudFront Function is one CloudFront knows. */
export function validateCloudFrontFunctionRuntime(scope: IConstruct, runtime: cloudfront.FunctionRuntime): void {
  if (Token.isUnresolved(runtime.value)) return;
  if (!(EDGE.cloudFrontFunctionRuntimes as readonly string[]).includes(runtime.value)) {
    throw new PatternValidationError(scope, `\`runtime\` is '${runtime.value}': CloudFront Functions run on ${EDGE.cloudFrontFunctionRuntimes.join(' or ')}. See ${DOCS.cloudFrontFunctionRuntimes}`);
  }
}
