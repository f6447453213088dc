/**
 * The example app: every pattern of cdk-lambda-patterns composed on one function,
 * the way a production service uses them. `npm run example` synthesizes it with the
 * aws-cdk CLI into cdk.out/ and prints a summary.
 */
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { LambdaLimitChecks } from '../src';

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks({ accountConcurrencyLimit: 1000 }));

const env = { account: '123456789012', region: 'eu-west-1' };
const stack = new Stack(app, 'OrdersService', { env, description: 'cdk-lambda-patterns example: an order-processing service' });

new lambda.Function(stack, 'OrdersHandler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });'),
  memorySize: 512,
  timeout: Duration.seconds(30),
  tracing: lambda.Tracing.ACTIVE,
});

app.synth();
