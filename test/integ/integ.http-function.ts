/**
 * Integ test: HttpFunction behind each of its four front doors, composed on one function
 * through an alias (function URL and ALB) and with functions it creates (REST and HTTP API).
 * Every front door uses its secure defaults (AWS_IAM / IAM authorization, logs, throttling),
 * so the app synthesizes without findings and deploys.
 *
 * Deploy for real (needs an AWS account): npx cdk deploy --app "npx ts-node test/integ/integ.http-function.ts"
 */
import { IntegTest } from '@aws-cdk/integ-tests-alpha';
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { FrontDoor, HttpFunction } from '../../src';

const app = new App();
const stack = new Stack(app, 'HttpFunctionFrontDoors');

const code = lambda.Code.fromInline([
  'exports.handler = async (event) => ({',
  '  statusCode: 200,',
  '  headers: { "content-type": "application/json" },',
  '  multiValueHeaders: { "content-type": ["application/json"] },',
  '  body: JSON.stringify({ path: event.path ?? event.rawPath }),',
  '});',
].join('\n'));

// An existing function with an alias: the function URL and the ALB invoke `live`.
const fn = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code,
  timeout: Duration.seconds(20),
  tracing: lambda.Tracing.ACTIVE,
});
const live = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion });

new HttpFunction(stack, 'Url', { function: live, frontDoor: FrontDoor.functionUrl() });

const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
const listener = new elbv2.ApplicationLoadBalancer(stack, 'Lb', { vpc, internetFacing: false })
  .addListener('Http', { port: 80, defaultAction: elbv2.ListenerAction.fixedResponse(404) });
new HttpFunction(stack, 'Alb', {
  function: live,
  frontDoor: FrontDoor.alb({ listener, priority: 10, conditions: [elbv2.ListenerCondition.pathPatterns(['/orders*'])], multiValueHeadersEnabled: true }),
});

// Functions the pattern creates: their timeout defaults to the 29 s integration timeout.
const functionProps = { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code };
new HttpFunction(stack, 'Rest', { functionProps, frontDoor: FrontDoor.restApi({ path: '/orders', httpMethod: 'GET' }) });
new HttpFunction(stack, 'HttpApi', { functionProps, frontDoor: FrontDoor.httpApi({ path: '/orders', timeout: Duration.seconds(10) }) });

new IntegTest(app, 'HttpFunctionIntegTest', { testCases: [stack] });
app.synth();
