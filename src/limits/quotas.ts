/**
 * Every AWS number the rules use, each next to the documentation that states it.
 * Rules import from here; no rule hard-codes a limit.
 *
 * Not part of the public API.
 */

/** AWS documentation pages the limits come from. */
export const DOCS = {
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  lambdaMemory: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
  lambdaTimeout: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  lambdaEphemeralStorage: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
  lambdaEnvVars: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
  lambdaLayers: 'https://docs.aws.amazon.com/lambda/latest/dg/adding-layers.html',
  lambdaRuntimes: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  lambdaArchitectures: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html',
  lambdaSnapStart: 'https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html',
  lambdaVpc: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  lambdaEfs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html',
  lambdaDlq: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq',
  lambdaConcurrency: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  lambdaProvisionedConcurrency: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  lambdaAliasRouting: 'https://docs.aws.amazon.com/lambda/latest/dg/configuring-alias-routing.html',
  lambdaCreateAlias: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html',
  lambdaAsync: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html',
  lambdaSqsParameters: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html',
  lambdaSqsConfigure: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  lambdaKinesisParameters: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html',
  lambdaDynamoDbParameters: 'https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-params.html',
  lambdaEventFiltering: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html',
  lambdaFunctionUrls: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html',
  lambdaStreamErrorHandling: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  lambdaEsmStartingPosition: 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html#lambda-CreateEventSourceMapping-request-StartingPosition',
  snsSqsSubscription: 'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html',
  snsFifoTopics: 'https://docs.aws.amazon.com/sns/latest/dg/fifo-topic-subscription-types.html',
  lambdaEsmSchema: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-eventsourcemapping.html',
  lambdaFunctionSchema: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html',
  lambdaCodeProperty: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html',
  sqsQuotas: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html',
  sqsDlq: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-configure-dead-letter-queue.html',
  sqsDlqRetention: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/setting-up-dead-letter-queue-retention.html',
  sqsQueueAttributes: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SetQueueAttributes.html',
  sqsFifoQueueNaming: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-fifo-queues.html',
  lambdaAsyncDestinations: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  edgeRestrictions: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  edgeQuotas: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
  cloudFrontFunctionQuotas: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions',
  apiGatewayQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  albLambda: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  eventBridgeSchedules: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  cloudFormationQuotas: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
} as const;

/** Function configuration (limits.md 1.1). */
export const FUNCTION = {
  memoryMinMb: 128,
  memoryMaxMb: 10_240,
  timeoutMinSeconds: 1,
  timeoutMaxSeconds: 900,
  ephemeralStorageMinMb: 512,
  ephemeralStorageMaxMb: 10_240,
  /** All keys and values of `Environment.Variables`, combined. */
  environmentMaxBytes: 4 * 1024,
  environmentKeyPattern: /^[a-zA-Z][a-zA-Z0-9_]+$/,
  reservedEnvironmentKeys: [
    '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV',
    'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION',
    'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME',
    'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
    'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR',
  ],
  maxLayers: 5,
  functionNameMaxLength: 64,
  functionNamePattern: /^[a-zA-Z0-9-_]+$/,
  /** A full function ARN may be given as the name. */
  functionArnMaxLength: 140,
  descriptionMaxLength: 256,
  handlerMaxLength: 128,
  handlerPattern: /^[^\s]+$/,
  /** CloudFormation zips `Code.ZipFile` into a file that "cannot exceed 4MB". */
  inlineCodeMaxBytes: 4 * 1024 * 1024,
  inlineCodeRuntimePrefixes: ['nodejs', 'python'],
  /** Deployment package, unzipped, including all layers. */
  unzippedPackageMaxBytes: 250 * 1024 * 1024,
  containerImageMaxBytes: 10 * 1024 * 1024 * 1024,
  architecturesMaxItems: 1,
  maxSecurityGroups: 5,
  maxSubnets: 16,
  fileSystemConfigsMaxItems: 1,
  efsMountPathPattern: /^\/mnt\/[a-zA-Z0-9-_.]+$/,
  efsMountPathMaxLength: 160,
  snapStartMaxEphemeralStorageMb: 512,
  /** Lambda's timeout when `Timeout` is not set. */
  defaultTimeoutSeconds: 3,
} as const;

/** Concurrency (limits.md 1.2). */
export const CONCURRENCY = {
  defaultAccountLimit: 1000,
  unreservedMinimum: 100,
  provisionedMinimum: 1,
  defaultVpcEniLimit: 250,
} as const;

/** Versions and aliases (limits.md 1.3). */
export const ALIAS = {
  maxAdditionalVersions: 1,
  weightMin: 0,
  weightMax: 1,
} as const;

/** Asynchronous invocation (limits.md 1.4). */
export const ASYNC = {
  retryAttemptsMin: 0,
  retryAttemptsMax: 2,
  maxEventAgeMinSeconds: 60,
  maxEventAgeMaxSeconds: 21_600,
  /** Services a destination ARN may belong to (OnSuccess and OnFailure). */
  destinationServices: ['sqs', 'sns', 'lambda', 'events'],
  /** Services allowed only as an OnFailure destination. */
  onFailureOnlyServices: ['s3'],
  /** Services a function's DeadLetterConfig.TargetArn may belong to. */
  deadLetterServices: ['sqs', 'sns'],
} as const;

/** SQS event source mappings and queues (limits.md 1.5, 1.7). */
export const SQS = {
  batchSizeMin: 1,
  standardBatchSizeMax: 10_000,
  fifoBatchSizeMax: 10,
  /** Batch sizes above this need a batching window of at least 1 s. */
  batchSizeWithoutWindowMax: 10,
  batchingWindowMaxSeconds: 300,
  maxConcurrencyMin: 2,
  maxConcurrencyMax: 1000,
  provisionedPollersMin: 2,
  minimumPollersMax: 200,
  maximumPollersMax: 2000,
  /** Visibility timeout should be at least this multiple of the function timeout. */
  visibilityTimeoutRecommendedMultiplier: 6,
  recommendedMaxReceiveCount: 5,
  /** Redrive policy `maxReceiveCount`: 1 to 1,000 (the SQS console and API range). */
  maxReceiveCountMin: 1,
  maxReceiveCountMax: 1000,
  defaultVisibilityTimeoutSeconds: 30,
  defaultRetentionSeconds: 345_600,
  retentionMinSeconds: 60,
  retentionMaxSeconds: 1_209_600,
  visibilityTimeoutMaxSeconds: 43_200,
  delayMaxSeconds: 900,
  receiveWaitMaxSeconds: 20,
  messageSizeMinBytes: 1024,
  messageSizeMaxBytes: 1_048_576,
  /** RedrivePolicy.maxReceiveCount (SetQueueAttributes). */
  maxReceiveCountMin: 1,
  maxReceiveCountMax: 1000,
  /** RedriveAllowPolicy byQueue: 1-10 source queue ARNs. */
  redriveAllowSourceQueuesMin: 1,
  redriveAllowSourceQueuesMax: 10,
  fifoSuffix: '.fifo',
} as const;

/** Kinesis and DynamoDB stream event source mappings (limits.md 1.6). */
export const STREAM = {
  batchSizeMin: 1,
  batchSizeMax: 10_000,
  batchingWindowMaxSeconds: 300,
  parallelizationFactorMin: 1,
  parallelizationFactorMax: 10,
  retryAttemptsInfinite: -1,
  retryAttemptsMax: 10_000,
  recordAgeInfinite: -1,
  recordAgeMinSeconds: 60,
  recordAgeMaxSeconds: 604_800,
  tumblingWindowMaxSeconds: 900,
  startingPositions: ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'],
  maxFilters: 20,
  /** Filters per event source mapping allowed by the default quota (raisable; invocation-eventfiltering). */
  defaultFilterQuota: 5,
  filterPatternMaxLength: 4096,
  /** Services a stream mapping's DestinationConfig.OnFailure may send to. */
  onFailureServices: ['sqs', 'sns', 's3'],
} as const;

/** Lambda@Edge (limits.md 1.8) and CloudFront Functions (1.9). */
export const EDGE = {
  region: 'us-east-1',
  viewerMaxMemoryMb: 128,
  viewerMaxTimeoutSeconds: 5,
  originMaxMemoryMb: 10_240,
  originMaxTimeoutSeconds: 30,
  viewerMaxPackageBytes: 1024 * 1024,
  originMaxPackageBytes: 50 * 1024 * 1024,
  maxEphemeralStorageMb: 512,
  runtimePrefixes: ['nodejs', 'python'],
  viewerEventTypes: ['viewer-request', 'viewer-response'],
  originEventTypes: ['origin-request', 'origin-response'],
  requestEventTypes: ['viewer-request', 'origin-request'],
  cloudFrontFunctionMaxCodeBytes: 10 * 1024,
  cloudFrontFunctionRuntimes: ['cloudfront-js-1.0', 'cloudfront-js-2.0'],
} as const;

/** Synchronous front doors (limits.md 1.10). */
export const INTEGRATION = {
  apiGatewayDefaultTimeoutMs: 29_000,
  apiGatewayMinTimeoutMs: 50,
  httpApiMaxTimeoutMs: 30_000,
  functionUrlCorsMaxAgeSeconds: 86_400,
} as const;

/** CloudFormation stack limits (limits.md 1.12). */
export const STACK = {
  maxResources: 500,
  maxOutputs: 200,
  maxParameters: 200,
} as const;
