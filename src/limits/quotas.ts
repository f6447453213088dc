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
  lambdaVpcInternet: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html',
  vpcNatGateways: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  vpcInterfaceEndpoints: 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
  /** "Subnet CIDR blocks" (Amazon VPC User Guide): AWS reserves the first four and the last address of every subnet. */
  vpcSubnetCidrBlocks: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html',
  /** "VPC networking for Lambda" (Lambda Developer Guide), section "Lambda Hyperplane ENIs". */
  lambdaVpcNetworking: 'https://docs.aws.amazon.com/lambda/latest/dg/foundation-networking.html',
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
  edgeFunctionRestrictionsAll: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html',
  edgeIncludeBody: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html',
  edgeDeleteReplicas: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-delete-replicas.html',
  cloudFrontFunctionRuntimes: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-features.html',
  apiGatewayQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
  albLambda: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  albListenerRules: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-rules.html',
  restApiLogging: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  eventBridgeSchedules: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
  cloudFormationQuotas: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
  cloudFrontFunctionRestrictions: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-function-restrictions.html',
  restApiQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  httpApiQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html',
  webSocketApiQuotas: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html',
  lambdaFunctionUrlAuth: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  schedulerRetryPolicy: 'https://docs.aws.amazon.com/scheduler/latest/APIReference/API_RetryPolicy.html',
  schedulerScheduleTypes: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html',
  codeDeployLambdaConfigs: 'https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html',
  lambdaMetrics: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html',
  lambdaAutoScaling: 'https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-lambda.html',
  cloudWatchPutMetricAlarm: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
} as const;

/**
 * Lifecycle of a Lambda-managed runtime: deprecation date, the date Lambda blocks creating
 * functions with it, and the date it blocks updating them (UTC, `YYYY-MM-DD`).
 */
export interface RuntimeLifecycle {
  readonly deprecation: string;
  readonly blockCreate: string;
  readonly blockUpdate: string;
}

/**
 * Runtime deprecation schedule (limits.md F16), from the "Supported runtimes" and "Deprecated
 * runtimes" tables of https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html as
 * published in October 2026. AWS has moved block dates later several times (never earlier);
 * aws-cdk-lib 2.276's bundled template validator still carries the earlier 2027-02-01 /
 * 2027-03-03 block dates for the runtimes that now read 2027-07-29 / 2027-08-31.
 * Runtimes whose updates are already blocked are listed with their historical dates.
 */
export const RUNTIME_LIFECYCLE: { readonly [runtime: string]: RuntimeLifecycle } = {
  'nodejs24.x': { deprecation: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01' },
  'nodejs22.x': { deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01' },
  'nodejs20.x': { deprecation: '2026-04-30', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'nodejs18.x': { deprecation: '2025-09-01', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'nodejs16.x': { deprecation: '2024-06-12', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'nodejs14.x': { deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-08-31' },
  'nodejs12.x': { deprecation: '2023-03-31', blockCreate: '2023-03-31', blockUpdate: '2023-04-30' },
  'nodejs10.x': { deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-02-14' },
  'nodejs8.10': { deprecation: '2020-03-06', blockCreate: '2020-02-04', blockUpdate: '2020-03-06' },
  'nodejs6.10': { deprecation: '2019-08-12', blockCreate: '2019-07-12', blockUpdate: '2019-08-12' },
  'nodejs4.3-edge': { deprecation: '2020-03-05', blockCreate: '2019-03-31', blockUpdate: '2019-04-30' },
  'nodejs4.3': { deprecation: '2020-03-05', blockCreate: '2020-02-03', blockUpdate: '2020-03-05' },
  'nodejs': { deprecation: '2016-08-30', blockCreate: '2016-09-30', blockUpdate: '2016-10-31' },
  'python3.14': { deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'python3.13': { deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'python3.12': { deprecation: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10' },
  'python3.11': { deprecation: '2027-06-30', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'python3.10': { deprecation: '2026-10-31', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'python3.9': { deprecation: '2025-12-15', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'python3.8': { deprecation: '2024-10-14', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'python3.7': { deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-08-31' },
  'python3.6': { deprecation: '2022-07-18', blockCreate: '2022-07-18', blockUpdate: '2022-08-29' },
  'python2.7': { deprecation: '2021-07-15', blockCreate: '2021-07-15', blockUpdate: '2022-05-30' },
  'java21': { deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'java17': { deprecation: '2027-06-30', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'java11': { deprecation: '2027-06-30', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'java8.al2': { deprecation: '2027-06-30', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'java8': { deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-08-31' },
  'dotnet10': { deprecation: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15' },
  'dotnet8': { deprecation: '2026-11-10', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'dotnet6': { deprecation: '2024-12-20', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'dotnetcore3.1': { deprecation: '2023-04-03', blockCreate: '2023-04-03', blockUpdate: '2023-05-03' },
  'dotnetcore2.1': { deprecation: '2022-01-05', blockCreate: '2022-01-05', blockUpdate: '2022-04-13' },
  'dotnetcore2.0': { deprecation: '2019-05-30', blockCreate: '2019-04-30', blockUpdate: '2019-05-30' },
  'dotnetcore1.0': { deprecation: '2019-06-27', blockCreate: '2019-06-30', blockUpdate: '2019-07-30' },
  'ruby3.4': { deprecation: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31' },
  'ruby3.3': { deprecation: '2027-03-31', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'ruby3.2': { deprecation: '2026-03-31', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'ruby2.7': { deprecation: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2027-08-31' },
  'ruby2.5': { deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-03-31' },
  'provided.al2023': { deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31' },
  'provided.al2': { deprecation: '2026-07-31', blockCreate: '2027-07-29', blockUpdate: '2027-08-31' },
  'provided': { deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-08-31' },
  'go1.x': { deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-08-31' },
};

/**
 * Runtimes that run on x86_64 only (limits.md F15): the Amazon Linux 1 generation and the
 * Amazon Linux 2 runtimes that predate arm64 support. arm64 launched (2021) for nodejs12.x+,
 * python3.8+, java8.al2, java11+, dotnetcore3.1+, ruby2.7+ and provided.al2, which are NOT
 * listed here (Lambda runtimes page "Architectures" column; AWS Toolkit runtime table).
 */
export const X86_ONLY_RUNTIMES: readonly string[] = [
  'nodejs', 'nodejs4.3', 'nodejs4.3-edge', 'nodejs6.10', 'nodejs8.10', 'nodejs10.x',
  'python2.7', 'python3.6', 'python3.7', 'java8', 'go1.x', 'ruby2.5',
  'dotnetcore1.0', 'dotnetcore2.0', 'dotnetcore2.1', 'provided',
];

/**
 * SnapStart runtimes (limits.md F18, snapstart.html "Supported features and limitations"):
 * Java 11 and later, Python 3.12 and later, .NET 8 and later; no other managed runtime, no
 * OS-only runtime, no container image. Minimum major (or Python minor) version per family.
 */
export const SNAPSTART = {
  javaMinMajor: 11,
  pythonMinMinor: 12,
  dotnetMinMajor: 8,
} as const;

/** Function configuration (limits.md 1.1). */
export const FUNCTION = {
  memoryMinMb: 128,
  memoryMaxMb: 10_240,
  timeoutMinSeconds: 1,
  timeoutMaxSeconds: 900,
  /** Timeout when `Timeout` is not set. */
  defaultTimeoutSeconds: 3,
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
  /**
   * Functions on Lambda Managed Instances (with `CapacityProviderConfig`) may run up to 90 minutes
   * ("up to 90 minutes for Lambda Managed Instances functions invoked asynchronously or through
   * any event source mapping", Lambda quotas page).
   */
  managedInstancesTimeoutMaxSeconds: 5_400,
} as const;

/** Concurrency (limits.md 1.2). */
export const CONCURRENCY = {
  defaultAccountLimit: 1000,
  unreservedMinimum: 100,
  provisionedMinimum: 1,
  defaultVpcEniLimit: 250,
} as const;

/** Subnet address capacity (limits.md V4). */
export const VPC_SUBNET = {
  /**
   * Addresses AWS reserves in every subnet: the first four (network address, VPC router, DNS,
   * future use) and the last (broadcast) ("Subnet CIDR blocks", DOCS.vpcSubnetCidrBlocks).
   */
  awsReservedAddresses: 5,
} as const;

/** Versions and aliases (limits.md 1.3). */
export const ALIAS = {
  maxAdditionalVersions: 1,
  weightMin: 0,
  weightMax: 1,
  /** CreateAlias `Name`: 1-128 characters, letters, digits, `-` and `_`, not only digits. */
  nameMaxLength: 128,
  namePattern: /^(?!^[0-9]+$)[a-zA-Z0-9-_]+$/,
} as const;

/** Provisioned concurrency with Application Auto Scaling (limits.md K4, K7). */
export const PROVISIONED_SCALING = {
  /** aws-cdk-lib's `scaleOnUtilization` range for `LambdaProvisionedConcurrencyUtilization` (K7). */
  utilizationTargetMin: 0.1,
  utilizationTargetMax: 0.9,
  /** The Lambda documentation's own example target. */
  utilizationTargetDefault: 0.7,
} as const;

/** CloudWatch: Lambda publishes its metrics at one-minute resolution. */
export const METRICS = {
  lambdaResolutionSeconds: 60,
  /**
   * PutMetricAlarm: Period x EvaluationPeriods is at most 604,800 s (7 days); with one
   * evaluation period, the period itself (periods under an hour are also capped at one day in
   * total, which one period never reaches).
   */
  alarmPeriodMaxSeconds: 604_800,
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
  /**
   * REST API default quota: 50 ms-29 s. Since June 2024 Regional and private REST APIs can raise
   * it through Service Quotas (edge-optimized APIs cannot).
   */
  restApiDefaultMaxTimeoutMs: 29_000,
  /** HTTP API: 30 s is both the default and the maximum (not raisable). */
  httpApiDefaultTimeoutMs: 30_000,
  /** WebSocket APIs share AWS::ApiGatewayV2::Integration: 50 ms-29 s, default 29 s. */
  webSocketMaxTimeoutMs: 29_000,
} as const;

/** Application Load Balancer with a Lambda target (limits.md L1, L2). */
export const ALB = {
  /** Request body the load balancer sends to a function. */
  lambdaRequestBodyMaxBytes: 1_048_576,
  /** Response JSON a function may return to the load balancer. */
  lambdaResponseMaxBytes: 1_048_576,
  /** Listener rule priority (the default rule has none). */
  rulePriorityMin: 1,
  rulePriorityMax: 50_000,
} as const;

/** EventBridge Scheduler `Target.RetryPolicy` (limits.md B3). */
export const SCHEDULER = {
  maxEventAgeMinSeconds: 60,
  maxEventAgeMaxSeconds: 86_400,
  retryAttemptsMin: 0,
  retryAttemptsMax: 185,
} as const;

/** CloudFormation stack limits (limits.md 1.12). */
export const STACK = {
  maxResources: 500,
  maxOutputs: 200,
  maxParameters: 200,
} as const;

/** EventBridge rule schedule expressions (limits.md 1.11, B1 and B2). */
export const SCHEDULE = {
  /** `rate(value unit)`: value is a positive integer; singular unit when it is 1. */
  rateMinValue: 1,
  rateUnits: ['minute', 'hour', 'day'],
  /** `cron(minutes hours day-of-month month day-of-week year)`. */
  cronFields: 6,
} as const;
