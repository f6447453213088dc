import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { tokenNumber, tokenString } from '../sqs/fixtures';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  return { app, stack, fn: nodeFunction(stack, 'Fn') };
}

function rawConfig(stack: ReturnType<typeof setup>['stack'], id: string, fn: lambda.IFunction, props: Partial<lambda.CfnEventInvokeConfigProps>) {
  return new lambda.CfnEventInvokeConfig(stack, id, { functionName: fn.functionName, qualifier: '$LATEST', ...props });
}

describe.each([
  { rule: 'AsyncRetryAttempts', prop: 'maximumRetryAttempts', cfn: 'MaximumRetryAttempts', bad: [-1, 3], good: [0, 2] },
  { rule: 'AsyncMaxEventAge', prop: 'maximumEventAgeInSeconds', cfn: 'MaximumEventAgeInSeconds', bad: [59, 21_601], good: [60, 21_600] },
] as const)('$rule', ({ rule, prop, cfn, bad, good }) => {
  test(`rejects ${bad.join(' and ')} on a raw L1 config`, () => {
    const { app, stack, fn } = setup();
    bad.forEach((value, i) => rawConfig(stack, `Bad${i}`, fn, { [prop]: value }));
    const found = findingsOf(app, rule);
    expect(found.map(f => f.path).sort()).toEqual(['/S/Bad0', '/S/Bad1']);
    expect(found[0].level).toBe('error');
    expect(found.find(f => f.path === '/S/Bad0')!.message).toContain(`${cfn} is ${bad[0]}`);
  });
  test(`accepts ${good.join(' and ')}, skips a token`, () => {
    const { app, stack, fn } = setup();
    good.forEach((value, i) => rawConfig(stack, `Good${i}`, fn, { [prop]: value }));
    rawConfig(stack, 'Token', fn, { [prop]: tokenNumber(stack, 'P') });
    expect(findingsOf(app, rule)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 config', () => {
    const { app, fn } = setup();
    fn.configureAsyncInvoke({ retryAttempts: 1, maxEventAge: Duration.hours(1) });
    const config = fn.node.findAll().find((c): c is lambda.CfnEventInvokeConfig => c instanceof lambda.CfnEventInvokeConfig)!;
    config.addPropertyOverride(cfn, bad[1]);
    expect(findingsOf(app, rule)).toHaveLength(1);
  });
});

describe('AsyncDestinationType', () => {
  const RULE = 'AsyncDestinationType';
  test('rejects a Kinesis stream ARN, and an S3 bucket on success', () => {
    const { app, stack, fn } = setup();
    rawConfig(stack, 'Kinesis', fn, { destinationConfig: { onFailure: { destination: 'arn:aws:kinesis:eu-west-1:123456789012:stream/s' } } });
    rawConfig(stack, 'S3Success', fn, { destinationConfig: { onSuccess: { destination: 'arn:aws:s3:::bucket' } } });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path).sort()).toEqual(['/S/Kinesis', '/S/S3Success']);
    expect(found.find(f => f.path === '/S/S3Success')!.message).toContain('DestinationConfig.OnSuccess.Destination is "arn:aws:s3:::bucket"');
  });
  test('accepts SQS, SNS, Lambda, EventBridge, and S3 on failure; skips a token', () => {
    const { app, stack, fn } = setup();
    fn.configureAsyncInvoke({
      onSuccess: new destinations.SqsDestination(new sqs.Queue(stack, 'Q')),
      onFailure: new destinations.SnsDestination(new sns.Topic(stack, 'T')),
    });
    rawConfig(stack, 'Lambda', fn, { destinationConfig: { onSuccess: { destination: nodeFunction(stack, 'Other').functionArn } } });
    rawConfig(stack, 'Events', fn, { destinationConfig: { onSuccess: { destination: 'arn:aws:events:eu-west-1:123456789012:event-bus/default' } } });
    rawConfig(stack, 'S3Failure', fn, { destinationConfig: { onFailure: { destination: 'arn:aws:s3:::bucket' } } });
    rawConfig(stack, 'Token', fn, { destinationConfig: { onFailure: { destination: tokenString(stack, 'D') } } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override of an L2 config', () => {
    const { app, stack, fn } = setup();
    fn.configureAsyncInvoke({ onFailure: new destinations.SqsDestination(new sqs.Queue(stack, 'Q')) });
    const config = fn.node.findAll().find((c): c is lambda.CfnEventInvokeConfig => c instanceof lambda.CfnEventInvokeConfig)!;
    config.addPropertyOverride('DestinationConfig.OnFailure.Destination', 'arn:aws:dynamodb:eu-west-1:123456789012:table/t');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
