/**
 * Integ test: EdgeHandler (Lambda@Edge) and ViewerFunction (CloudFront Functions) on a
 * CloudFront distribution whose stack is NOT in us-east-1.
 *
 * What it proves:
 * - synth: a distribution stack in eu-west-1 gets its two Lambda@Edge functions in a
 *   us-east-1 stack that EdgeHandler creates (function, numbered version, role, log group),
 *   with the version ARNs read back into eu-west-1; `config` reaches inline code without
 *   environment variables; both constructs attach either through the exposed association
 *   (`edgeLambda` / `functionAssociation` in the default behaviour, which can only be set
 *   when the Distribution is created) or through `distribution` + `pathPattern` + `origin`
 *   (a new behaviour); and the whole app, checked by LambdaLimitChecks, has no error.
 * - deployment (the assertions, run by integ-runner against the deployed distribution):
 *   1. GET /edge/status is answered by the origin-request Lambda@Edge function, which
 *      generates the response from its `config` (status 200, JSON body, `x-edge-site` header);
 *   2. GET /legacy/status is redirected (301) by the viewer-request CloudFront Function to
 *      /edge/status (the body's `uri` shows the redirect was followed);
 *   3. GET / goes through the default behaviour: the CloudFront Function rewrites it to
 *      /index.html, the bucket (empty on purpose) answers 403, and the origin-response
 *      Lambda@Edge function, which runs on origin errors too, adds the security headers
 *      from its `config`.
 *
 * Deploy for real (needs an AWS account; replace 123456789012 with it, and bootstrap both
 * Regions, us-east-1 included since the Lambda@Edge functions go there:
 * `npx cdk bootstrap aws://ACCOUNT/eu-west-1 aws://ACCOUNT/us-east-1`):
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.edge-handler.ts"
 * then open https://<distribution domain>/edge/status. Clean up with `npx cdk destroy --all`
 * (same --app). The Lambda@Edge functions and their versions are retained (EdgeHandler's
 * default: Lambda refuses to delete them while CloudFront replicas exist); delete them in
 * us-east-1 a few hours later.
 */
import { ExpectedResult, IntegTest } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { EdgeHandler, LambdaLimitChecks, ViewerFunction } from '../../src';

const env = { account: '123456789012', region: 'eu-west-1' };
const site = 'integ-eu-west-1';
const hsts = 'max-age=63072000; includeSubDomains; preload';

// The assertions read the distribution's domain name through a CloudFormation export; say
// so explicitly (aws-cdk-lib warns when the reference strength is left to its default).
const app = new App({ context: { '@aws-cdk/core:defaultCrossStackReferences': 'strong' } });
// On the whole app (the patterns apply it to themselves too): the edge rules also judge the
// distribution's associations.
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'EdgeHandlerDistribution', { env });

const bucket = new s3.Bucket(stack, 'Content', {
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  // Empty (the test reads no object from it), so it can be deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
});
const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket);

// Default behaviour, viewer request: a CloudFront Function (cloudfront-js-2.0) that maps
// directory URIs to their index.html.
const indexRewrite = new ViewerFunction(stack, 'IndexRewrite', {
  eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
  comment: 'Maps directory URIs to index.html',
  code: cloudfront.FunctionCode.fromInline(`
async function handler(event) {
  const request = event.request;
  if (request.uri.endsWith('/')) {
    request.uri += 'index.html';
  } else if (!request.uri.split('/').pop().includes('.')) {
    request.uri += '/index.html';
  }
  return request;
}`),
});

// Default behaviour, origin response: Lambda@Edge that adds security headers whose values
// come from `config` (substituted into the inline code at synth).
const securityHeaders = new EdgeHandler(stack, 'SecurityHeaders', {
  eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE,
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`
const config = ${EdgeHandler.CONFIG_PLACEHOLDER};
exports.handler = async (event) => {
  const response = event.Records[0].cf.response;
  const headers = response.headers;
  headers['strict-transport-security'] = [{ key: 'Strict-Transport-Security', value: config.hsts }];
  headers['x-content-type-options'] = [{ key: 'X-Content-Type-Options', value: 'nosniff' }];
  headers['x-served-by'] = [{ key: 'X-Served-By', value: config.site }];
  return response;
};`),
  },
  config: { hsts, site },
});

const distribution = new cloudfront.Distribution(stack, 'Distribution', {
  comment: 'cdk-lambda-patterns integ test: EdgeHandler and ViewerFunction',
  defaultBehavior: {
    origin,
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    edgeLambdas: [securityHeaders.edgeLambda],
    functionAssociations: [indexRewrite.functionAssociation],
  },
  priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
});

// /edge/*, origin request: Lambda@Edge that generates the response itself from `config`
// (the origin is never called). EdgeHandler adds the behaviour.
new EdgeHandler(stack, 'EdgeStatus', {
  eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(`
const config = ${EdgeHandler.CONFIG_PLACEHOLDER};
exports.handler = async (event) => {
  const request = event.Records[0].cf.request;
  return {
    status: '200',
    statusDescription: 'OK',
    headers: {
      'content-type': [{ key: 'Content-Type', value: 'application/json' }],
      'cache-control': [{ key: 'Cache-Control', value: 'no-store' }],
      'x-edge-site': [{ key: 'X-Edge-Site', value: config.site }],
    },
    body: JSON.stringify({ site: config.site, uri: request.uri }),
  };
};`),
  },
  config: { site },
  distribution,
  pathPattern: '/edge/*',
  origin,
  behaviorOptions: {
    viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
  },
});

// /legacy/*, viewer request: a CloudFront Function that redirects to /edge/*, keeping the
// rest of the path. ViewerFunction adds the behaviour.
new ViewerFunction(stack, 'LegacyRedirect', {
  eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
  comment: 'Redirects /legacy/* to /edge/*',
  code: cloudfront.FunctionCode.fromInline(`
async function handler(event) {
  const request = event.request;
  const target = '/edge/' + request.uri.substring('/legacy/'.length);
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: {
      location: { value: 'https://' + request.headers.host.value + target },
      'cache-control': { value: 'max-age=300' },
    },
  };
}`),
  distribution,
  pathPattern: '/legacy/*',
  origin,
  behaviorOptions: { viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS },
});

// The assertions call the distribution, so they live in its environment (an assertion stack
// in another environment could not reference the domain name).
const assertionStack = new Stack(app, 'EdgeHandlerAssertions', { env });
const integ = new IntegTest(app, 'EdgeHandlerIntegTest', {
  testCases: [stack, Stack.of(securityHeaders.function)],
  assertionStack,
});

/**
 * An HTTP GET of `path` on the distribution (redirects followed), whose response (status,
 * headers with lowercase names and an array of values each, body parsed as JSON) must match
 * `expected`; retried for up to 10 minutes, as a new distribution's domain name takes a
 * moment to resolve everywhere.
 */
function httpGet(path: string, expected: { [key: string]: unknown }): void {
  integ.assertions
    .httpApiCall(`https://${distribution.distributionDomainName}${path}`)
    .expect(ExpectedResult.objectLike(expected))
    .waitForAssertions({ totalTimeout: Duration.minutes(10), interval: Duration.seconds(30) });
}

httpGet('/edge/status', {
  status: 200,
  headers: { 'x-edge-site': [site] },
  body: { site, uri: '/edge/status' },
});
httpGet('/legacy/status', {
  status: 200,
  body: { site, uri: '/edge/status' },
});
httpGet('/', {
  status: 403,
  headers: {
    'strict-transport-security': [hsts],
    'x-content-type-options': ['nosniff'],
    'x-served-by': [site],
  },
});

app.synth();
