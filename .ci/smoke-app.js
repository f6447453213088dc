// The consumer app of the smoke test: plain JavaScript, as a user installs the package.
const { App, Aspects, Duration, Stack } = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const patterns = require('cdk-lambda-patterns');

const app = new App();
Aspects.of(app).add(new patterns.LambdaLimitChecks());
const stack = new Stack(app, 'SmokeStack', { env: { account: '123456789012', region: 'eu-west-1' } });
new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ ok: true });'),
  memorySize: process.env.SMOKE_CASE === 'bad' ? 20000 : 512,
  timeout: Duration.seconds(30),
});
// A pattern from the package: an SQS consumer with its DLQ, derived visibility timeout and alarms.
new patterns.QueueConsumer(stack, 'Orders', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ batchItemFailures: [] });'),
    timeout: Duration.seconds(20),
  },
  queueProps: {},
});
app.synth();
