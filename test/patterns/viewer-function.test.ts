import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Lazy, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { ViewerFunction, type ViewerFunctionProps } from '../../src';

const CODE = 'function handler(event) { return event.request; }';
const MAX = 10 * 1024;

function setup() {
  const app = new App();
  const stack = new Stack(app, 'Web', { env: { account: '123456789012', region: 'eu-west-1' } });
  const origin = new origins.HttpOrigin('example.com');
  const distribution = new cloudfront.Distribution(stack, 'Distribution', { defaultBehavior: { origin } });
  return { app, stack, origin, distribution };
}

function viewer(stack: Stack, props: Partial<ViewerFunctionProps> = {}, id = 'Fn'): ViewerFunction {
  return new ViewerFunction(stack, id, {
    eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
    code: cloudfront.FunctionCode.fromInline(CODE),
    ...props,
  });
}

/** Valid JavaScript of exactly `bytes` UTF-8 bytes. */
function codeOfBytes(bytes: number): string {
  const padding = bytes - Buffer.byteLength(CODE) - 3;
  return `${CODE}//${'x'.repeat(padding)}\n`;
}

test('creates a cloudfront-js-2.0 function and adds a behaviour with it', () => {
  const { stack, origin, distribution } = setup();
  const fn = viewer(stack, { distribution, pathPattern: '/docs/*', origin });
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::CloudFront::Function', {
    AutoPublish: true,
    FunctionCode: CODE,
    FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
  });
  t.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: {
      CacheBehaviors: [Match.objectLike({
        PathPattern: '/docs/*',
        FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnFunction'), 'FunctionARN'] } }],
      })],
      DefaultCacheBehavior: Match.objectLike({ FunctionAssociations: Match.absent() }),
    },
  });
  expect(fn.functionAssociation).toEqual({ function: fn.function, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST });
  expect(Template.fromStack(stack).toJSON()).toMatchSnapshot();
});

test('the association can go in the default behaviour', () => {
  const app = new App();
  const stack = new Stack(app, 'Web');
  const fn = viewer(stack, { eventType: cloudfront.FunctionEventType.VIEWER_RESPONSE, runtime: cloudfront.FunctionRuntime.JS_1_0 });
  new cloudfront.Distribution(stack, 'Distribution', {
    defaultBehavior: { origin: new origins.HttpOrigin('example.com'), functionAssociations: [fn.functionAssociation] },
  });
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::CloudFront::Function', { FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-1.0' }) });
  t.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: { DefaultCacheBehavior: Match.objectLike({ FunctionAssociations: [Match.objectLike({ EventType: 'viewer-response' })] }) },
  });
});

describe('code size: 10 KB of UTF-8', () => {
  test('exactly 10 KB is accepted', () => {
    const code = codeOfBytes(MAX);
    expect(Buffer.byteLength(code)).toBe(MAX);
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromInline(code) })).not.toThrow();
  });

  test('10 KB + 1 byte is rejected', () => {
    const code = codeOfBytes(MAX + 1);
    expect(Buffer.byteLength(code)).toBe(MAX + 1);
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromInline(code) }))
      .toThrow(/\[Web\/Fn\] `code` is 10,241 bytes \(UTF-8\), above the 10,240 bytes \(10 KB\) CloudFront allows for a CloudFront Function's code.*cloudfront-limits.html#limits-functions/);
  });

  test('bytes are counted, not characters', () => {
    const code = `${CODE}//${'é'.repeat(5200)}\n`;
    expect(code.length).toBeLessThanOrEqual(MAX);
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromInline(code) })).toThrow(/above the 10,240 bytes/);
  });

  test('code from a file is read and measured', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'viewer-function-')), 'index.js');
    fs.writeFileSync(file, codeOfBytes(MAX + 1));
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromFile({ filePath: file }) })).toThrow(/`code` is 10,241 bytes/);
    fs.writeFileSync(file, codeOfBytes(MAX));
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromFile({ filePath: file }) })).not.toThrow();
  });

  test('code that is a token is skipped', () => {
    const code = Lazy.string({ produce: () => codeOfBytes(MAX + 1) });
    expect(() => viewer(setup().stack, { code: cloudfront.FunctionCode.fromInline(code) })).not.toThrow();
  });
});

describe('validation', () => {
  test('a runtime CloudFront does not know', () => {
    expect(() => viewer(setup().stack, { runtime: cloudfront.FunctionRuntime.custom('cloudfront-js-9.9') }))
      .toThrow(/`runtime` is 'cloudfront-js-9.9': CloudFront Functions run on cloudfront-js-1.0 or cloudfront-js-2.0/);
  });

  test('an origin event type', () => {
    expect(() => viewer(setup().stack, { eventType: 'origin-request' as cloudfront.FunctionEventType }))
      .toThrow(/`eventType` is 'origin-request': CloudFront Functions run only on viewer-request and viewer-response events/);
  });

  test('a pathPattern without a distribution and origin', () => {
    expect(() => viewer(setup().stack, { pathPattern: '/docs/*' }))
      .toThrow(/`pathPattern` given without `distribution`, `origin`/);
  });

  test('a Lambda@Edge viewer function on the same behaviour', () => {
    const { stack, origin, distribution } = setup();
    const edgeLambda: cloudfront.EdgeLambda = {
      eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE,
      functionVersion: lambda.Version.fromVersionArn(stack, 'V', 'arn:aws:lambda:us-east-1:123456789012:function:f:1'),
    };
    expect(() => viewer(stack, { distribution, pathPattern: '/a/*', origin, behaviorOptions: { edgeLambdas: [edgeLambda] } }))
      .toThrow(/combines CloudFront Functions and Lambda@Edge on viewer events, which CloudFront does not allow on one cache behaviour/);
  });

  test('a Lambda@Edge origin function on the same behaviour is allowed', () => {
    const { stack, origin, distribution } = setup();
    const edgeLambda: cloudfront.EdgeLambda = {
      eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
      functionVersion: lambda.Version.fromVersionArn(stack, 'V', 'arn:aws:lambda:us-east-1:123456789012:function:f:1'),
    };
    viewer(stack, { distribution, pathPattern: '/a/*', origin, behaviorOptions: { edgeLambdas: [edgeLambda] } });
    Template.fromStack(stack).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        CacheBehaviors: [Match.objectLike({
          FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
          LambdaFunctionAssociations: [Match.objectLike({ EventType: 'origin-request' })],
        })],
      },
    });
  });

  test('a second function for the same viewer event', () => {
    const { stack, origin, distribution } = setup();
    const first = viewer(stack, {}, 'First');
    expect(() => viewer(stack, { distribution, pathPattern: '/a/*', origin, behaviorOptions: { functionAssociations: [first.functionAssociation] } }))
      .toThrow(/already associates a function with the viewer-request event type/);
  });
});
