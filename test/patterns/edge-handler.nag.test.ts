import { App, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { EdgeHandler, ViewerFunction } from '../../src';
import { nagErrors, nagViolations } from '../nag';

/** An app whose distribution stack is in eu-west-1, with both kinds of edge function on it. */
function edgeApp(): App {
  const app = new App();
  const stack = new Stack(app, 'Web', { env: { account: '123456789012', region: 'eu-west-1' } });
  const origin = new origins.HttpOrigin('example.com');
  const distribution = new cloudfront.Distribution(stack, 'Distribution', { defaultBehavior: { origin } });
  // The distribution is the test's own, not the pattern's: its findings are the user's choices.
  Validations.of(distribution).acknowledge(
    { id: 'AwsSolutions-CFR1', reason: 'Test distribution: geo restrictions are a business decision of the user, outside the pattern.' },
    { id: 'AwsSolutions-CFR2', reason: 'Test distribution: WAF is attached by the user to their distribution, outside the pattern.' },
    { id: 'AwsSolutions-CFR3', reason: 'Test distribution: access logging needs a logging bucket the user chooses, outside the pattern.' },
    { id: 'AwsSolutions-CFR4', reason: 'Test distribution: it uses the default CloudFront certificate; TLS policy comes with the user\'s own certificate.' },
  );
  new EdgeHandler(stack, 'Handler', {
    eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
    functionProps: {
      runtime: lambda.Runtime.NODEJS_LATEST,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async (event) => event.Records[0].cf.request;'),
    },
    distribution,
    pathPattern: '/api/*',
    origin,
  });
  new ViewerFunction(stack, 'IndexRewrite', {
    eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
    code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }'),
    distribution,
    pathPattern: '/docs/*',
    origin,
  });
  return app;
}

test('cdk-nag AwsSolutions and Serverless: no error left', () => {
  expect(nagErrors(edgeApp())).toEqual([]);
});

test('cdk-nag: no warning left on the pattern\'s resources', () => {
  const onPattern = nagViolations(edgeApp()).filter(v => !v.path.startsWith('Web/Distribution/'));
  expect(onPattern).toEqual([]);
});

test('the app synthesizes with the library\'s limit checks clean', () => {
  const assembly = edgeApp().synth();
  const messages = assembly.stacks.flatMap(s => s.messages).filter(m => String(m.entry.data).includes('cdk-lambda-patterns'));
  expect(messages).toEqual([]);
});
