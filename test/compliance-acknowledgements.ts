/**
 * The cdk-nag findings on the patterns' default configurations that are the user's policy
 * decisions, not defects of the patterns: the patterns leave them unacknowledged, so that a
 * user subject to NIST 800-53 R5 or HIPAA sees them and decides. A user who makes the same
 * decisions acknowledges them once, at the app level, as `acknowledgePolicyDecisions` does.
 *
 * the README's compliance section ("Your policy decisions") mirrors this list row for row, and
 * test/compliance.test.ts checks both that the table and the list agree and that each
 * pattern reports exactly the rules this list names for it.
 */
import { type App, Validations } from 'aws-cdk-lib';

/** The default configurations test/compliance.test.ts checks, one app each. */
export const PATTERN_CASES = [
  'QueueConsumer',
  'StreamConsumer (Kinesis)',
  'StreamConsumer (DynamoDB)',
  'AsyncInvocation',
  'VpcFunction',
  'CanaryDeployment (CODEDEPLOY)',
  'CanaryDeployment (WEIGHTED)',
  'ProvisionedConcurrency',
  'EdgeHandler',
  'ViewerFunction',
] as const;

/** One of {@link PATTERN_CASES}. */
export type PatternCase = typeof PATTERN_CASES[number];

/** One policy decision: a rule of one or more packs, acknowledged for the whole app. */
export interface PolicyAcknowledgement {
  /** The rule ids, each with its pack prefix. */
  readonly ids: readonly string[];
  /** The default configurations in which the rule reports a resource the pattern creates. */
  readonly patterns: readonly PatternCase[];
  /** Which of the pattern's resources it reports. */
  readonly resources: string;
  /** Why acknowledging it is the user's call, and what to do to comply instead. */
  readonly reason: string;
}

const FUNCTION_PATTERNS: readonly PatternCase[] = [
  'QueueConsumer', 'StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)', 'AsyncInvocation', 'VpcFunction', 'CanaryDeployment (CODEDEPLOY)', 'EdgeHandler',
];

/** Every policy decision, in the order of the table in the README's compliance section. */
export const POLICY_ACKNOWLEDGEMENTS: readonly PolicyAcknowledgement[] = [
  {
    ids: ['NIST.800.53.R5-LambdaInsideVPC', 'HIPAA.Security-LambdaInsideVPC'],
    patterns: ['QueueConsumer', 'StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)', 'AsyncInvocation', 'CanaryDeployment (CODEDEPLOY)'],
    resources: 'the function created from `functionProps`',
    reason: 'Whether a function runs in a VPC is a network design decision: these functions reach only AWS APIs (SQS, Kinesis, DynamoDB Streams, CloudWatch, X-Ray) over TLS with IAM authentication, and a VPC would add network interfaces, NAT or endpoint costs and cold-start latency for no control the packs ask for. Where the policy requires it, build the function with VpcFunction and pass it (or its alias) as `function`, or set `functionProps.vpc`.',
  },
  {
    ids: ['NIST.800.53.R5-LambdaConcurrency', 'HIPAA.Security-LambdaConcurrency'],
    patterns: FUNCTION_PATTERNS,
    resources: 'the function created from `functionProps`',
    reason: 'Reserved concurrency is a capacity decision: it caps the function (throttling it above the cap) and takes the reserved amount out of the account\'s shared pool for every other function, so no default fits every workload. Set `functionProps.reservedConcurrentExecutions` where the policy requires a limit; LambdaLimitChecks checks the sum over the app against the account quota minus the 100 that must stay unreserved.',
  },
  {
    ids: ['NIST.800.53.R5-IAMNoInlinePolicy', 'HIPAA.Security-IAMNoInlinePolicy'],
    patterns: FUNCTION_PATTERNS,
    resources: 'the policies of the roles the pattern creates (function role, VpcFunction\'s network-interface policy and aws-cdk-lib\'s flow-log role, CanaryDeployment\'s CodeDeploy role)',
    reason: 'Least privilege is met by what the statements allow, not by the policy type: each of these policies is attached to one role that exists only for this pattern, and its statements name this pattern\'s own log group, queues, stream, alarms and function (wildcards only where AWS supports no resource-level permission, each acknowledged with its reason). A managed policy would either be shared by roles that need different resources (broader) or be one per role anyway, and could be attached to other principals later; the inline policy is created, changed and deleted with its role.',
  },
  {
    ids: ['NIST.800.53.R5-CloudWatchAlarmAction', 'HIPAA.Security-CloudWatchAlarmAction'],
    patterns: [
      'QueueConsumer', 'StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)', 'AsyncInvocation', 'CanaryDeployment (CODEDEPLOY)',
      'CanaryDeployment (WEIGHTED)', 'ProvisionedConcurrency',
    ],
    resources: 'the alarms the pattern creates (dead-letter and failure queues, oldest message, iterator age, dropped events, canary errors and throttles, provisioned-concurrency spillover)',
    reason: 'The patterns create the alarms and expose them (`alarms`); who is notified, and how (an SNS topic, an incident tool, a chat channel), is the user\'s on-call setup. Wire them with `alarm.addAlarmAction(...)` for each of `pattern.alarms` (AsyncInvocation also takes `alarmActions`). CanaryDeployment\'s alarms also act without an action: CodeDeploy reads them to roll a release back.',
  },
  {
    ids: ['NIST.800.53.R5-CloudWatchLogGroupEncrypted', 'HIPAA.Security-CloudWatchLogGroupEncrypted'],
    patterns: FUNCTION_PATTERNS,
    resources: 'the log groups the pattern creates (the function\'s, VpcFunction\'s flow logs, the Lambda@Edge function\'s)',
    reason: 'CloudWatch Logs encrypts every log group at rest with service-owned keys; the packs ask for a customer managed KMS key, which costs a key per account and Region and needs a key policy that lets CloudWatch Logs use it. That is the user\'s key-management decision: give `functionProps.logGroup` a log group with `encryptionKey` (or for VpcFunction, pass your own `vpc` with flow logs to a log group you encrypt).',
  },
  {
    ids: ['NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW', 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW'],
    patterns: ['VpcFunction'],
    resources: 'the default routes of the public subnets of the VPC VpcFunction creates',
    reason: 'The route 0.0.0.0/0 to the internet gateway exists only in the public subnets, which hold the NAT gateways and no function; the function runs in the private subnets, whose default route goes to the NAT. Outbound internet access is the reason the pattern builds a NAT; set `internetAccess: false` (isolated subnets, no internet gateway, VPC endpoints instead) where the policy forbids it.',
  },
];

/** Acknowledges every policy decision for the whole app, each with its reason. */
export function acknowledgePolicyDecisions(app: App): void {
  Validations.of(app).acknowledge(...POLICY_ACKNOWLEDGEMENTS.flatMap(a => a.ids.map(id => ({ id, reason: a.reason }))));
}

/** A plain aws-cdk-lib construct that a fixed finding is reported on, for comparison. */
export type PlainEquivalent = 'lambda.Function' | 'sqs.Queue with SqsEventSource' | 'KinesisEventSource' | 'ec2.Vpc';

/** A finding the patterns fix by default instead of acknowledging it. */
export interface FixedFinding {
  /** The rule ids, each with its pack prefix. */
  readonly ids: readonly string[];
  /** The default configurations that fix it. */
  readonly patterns: readonly PatternCase[];
  /** The plain aws-cdk-lib construct, with its defaults, that reports it. */
  readonly plain: PlainEquivalent;
  /** What the pattern does instead. */
  readonly fix: string;
}

/** Every finding fixed by a default, in the order of the table in the README's compliance section. */
export const FIXED_FINDINGS: readonly FixedFinding[] = [
  {
    ids: ['AwsSolutions-IAM4'],
    patterns: FUNCTION_PATTERNS,
    plain: 'lambda.Function',
    fix: 'No AWS managed policy on any role a pattern creates: the function role gets logs:CreateLogStream and logs:PutLogEvents on its own log group (instead of AWSLambdaBasicExecutionRole), VpcFunction the EC2 network-interface actions as its own policy (instead of AWSLambdaVPCAccessExecutionRole), CanaryDeployment\'s CodeDeploy role the alias actions on its one function and cloudwatch:DescribeAlarms on its alarms (instead of AWSCodeDeployRoleForLambdaLimited).',
  },
  {
    ids: ['Serverless-LambdaDefaultMemorySize', 'Serverless-LambdaDefaultTimeout'],
    patterns: FUNCTION_PATTERNS,
    plain: 'lambda.Function',
    fix: 'An explicit memory size and timeout: 512 MB and 30 s, or the Lambda@Edge event type\'s defaults for EdgeHandler, unless `functionProps` sets them.',
  },
  {
    ids: ['Serverless-LambdaTracing'],
    patterns: ['QueueConsumer', 'StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)', 'AsyncInvocation', 'VpcFunction', 'CanaryDeployment (CODEDEPLOY)'],
    plain: 'lambda.Function',
    fix: 'X-Ray active tracing unless `functionProps.tracing` is set.',
  },
  {
    ids: ['Serverless-LambdaDLQ', 'NIST.800.53.R5-LambdaDLQ', 'HIPAA.Security-LambdaDLQ'],
    patterns: ['AsyncInvocation'],
    plain: 'lambda.Function',
    fix: 'AsyncInvocation gives the function a dead-letter queue and an on-failure destination (SQS, encrypted, TLS only, 14-day retention, each with a depth alarm); a function that is invoked asynchronously is the one for which these rules matter.',
  },
  {
    ids: ['NIST.800.53.R5-LambdaInsideVPC', 'HIPAA.Security-LambdaInsideVPC'],
    patterns: ['VpcFunction'],
    plain: 'lambda.Function',
    fix: 'VpcFunction places the function in private subnets with a security group that has no inbound rules.',
  },
  {
    ids: ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
    patterns: ['QueueConsumer'],
    plain: 'sqs.Queue with SqsEventSource',
    fix: 'The source queue gets a dead-letter queue of the same type (standard or FIFO) after 5 receives; the dead-letter queue itself is acknowledged (see above).',
  },
  {
    ids: ['AwsSolutions-SQS4'],
    patterns: ['QueueConsumer', 'StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)', 'AsyncInvocation'],
    plain: 'sqs.Queue with SqsEventSource',
    fix: 'Every queue a pattern creates has `enforceSSL` (a policy that denies requests without TLS) and SSE.',
  },
  {
    ids: ['Serverless-LambdaEventSourceMappingDestination'],
    patterns: ['StreamConsumer (Kinesis)', 'StreamConsumer (DynamoDB)'],
    plain: 'KinesisEventSource',
    fix: 'The stream event source mapping sends the records of a batch that failed all its retries (bisected, partial batch responses on) to an on-failure SQS queue with a depth alarm.',
  },
  {
    ids: ['AwsSolutions-VPC7', 'NIST.800.53.R5-VPCFlowLogsEnabled', 'HIPAA.Security-VPCFlowLogsEnabled'],
    patterns: ['VpcFunction'],
    plain: 'ec2.Vpc',
    fix: 'The VPC VpcFunction creates has flow logs (all traffic) to a log group with a one-month retention.',
  },
  {
    ids: ['NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled', 'HIPAA.Security-VPCSubnetAutoAssignPublicIpDisabled'],
    patterns: ['VpcFunction'],
    plain: 'ec2.Vpc',
    fix: 'Its public subnets do not assign public IPs on launch (`mapPublicIpOnLaunch: false`); the NAT gateways have their own Elastic IPs.',
  },
];

/** A resource the test builds in place of the user's, with the findings that are the user's to decide. */
export interface FixtureAcknowledgement {
  /** The rule ids, each with its pack prefix. */
  readonly ids: readonly string[];
  /** The test's stand-in for a user's resource. */
  readonly fixture: string;
  /** Why the finding is not the pattern's. */
  readonly reason: string;
}

/** The acknowledgements on the test's fixtures, in the order of the table in the README's compliance section. */
export const FIXTURE_ACKNOWLEDGEMENTS = {
  table: {
    ids: ['NIST.800.53.R5-DynamoDBInBackupPlan', 'HIPAA.Security-DynamoDBInBackupPlan'],
    fixture: 'the DynamoDB table StreamConsumer (DynamoDB) consumes',
    reason: 'Test fixture standing in for the user\'s table (on-demand, point-in-time recovery on): StreamConsumer only reads its stream; its AWS Backup plan is the table owner\'s.',
  },
  userFunction: {
    ids: ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'Serverless-LambdaDLQ', 'NIST.800.53.R5-LambdaDLQ', 'HIPAA.Security-LambdaDLQ'],
    fixture: 'the function whose alias ProvisionedConcurrency scales and whose versions CanaryDeployment (WEIGHTED) routes between',
    reason: 'Test fixture standing in for the user\'s own lambda.Function (these patterns take it as given and create no function): its role and how it is invoked are the user\'s.',
  },
  distribution: {
    ids: ['AwsSolutions-CFR3', 'AwsSolutions-CFR4'],
    fixture: 'the CloudFront distribution EdgeHandler and ViewerFunction attach to',
    reason: 'Test fixture standing in for the user\'s distribution: access logging needs a logging bucket the user chooses, and the TLS policy comes with the user\'s own certificate (the fixture uses the default CloudFront certificate).',
  },
} as const satisfies { [name: string]: FixtureAcknowledgement };
