import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, AssetStaging, CfnParameter, Duration, Lazy, RemovalPolicy, Size, Stack, Token } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { EdgeHandler, type EdgeHandlerProps } from '../../src';

const ACCOUNT = '123456789012';
const INLINE = 'exports.handler = async (event) => event.Records[0].cf.request;';
const VIEWER = cloudfront.LambdaEdgeEventType.VIEWER_REQUEST;
const ORIGIN = cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST;

function nodeProps(overrides: Partial<lambda.FunctionProps> = {}): lambda.FunctionProps {
  return { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline(INLINE), ...overrides };
}

interface Fixture {
  readonly app: App;
  readonly stack: Stack;
  readonly origin: cloudfront.IOrigin;
  readonly distribution: cloudfront.Distribution;
}

function fixture(region = 'eu-west-1'): Fixture {
  const app = new App();
  const stack = new Stack(app, 'Web', { env: { account: ACCOUNT, region } });
  const origin = new origins.HttpOrigin('example.com');
  const distribution = new cloudfront.Distribution(stack, 'Distribution', { defaultBehavior: { origin } });
  return { app, stack, origin, distribution };
}

function handler(f: Fixture, props: Partial<EdgeHandlerProps> = {}, id = 'Handler'): EdgeHandler {
  return new EdgeHandler(f.stack, id, { eventType: VIEWER, functionProps: nodeProps(), ...props });
}

/** The stack that holds the handler's function (the us-east-1 stack when the handler's is elsewhere). */
function functionTemplate(h: EdgeHandler): Template {
  return Template.fromStack(Stack.of(h.function));
}

function tempDir(files: { [name: string]: string | Buffer }): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-handler-test-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** Bytes that do not compress (a deterministic stream of SHA-256 digests). */
function incompressible(bytes: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < bytes; i++) chunks.push(crypto.createHash('sha256').update(String(i)).digest());
  return Buffer.concat(chunks).subarray(0, bytes);
}

describe('EdgeHandler from functionProps, distribution stack in eu-west-1', () => {
  test('creates the function in a us-east-1 stack the distribution stack depends on', () => {
    const f = fixture();
    const h = handler(f, { distribution: f.distribution, pathPattern: '/api/*', origin: f.origin });

    const edgeStack = Stack.of(h.function);
    expect(edgeStack.region).toBe('us-east-1');
    expect(edgeStack).not.toBe(f.stack);
    expect(f.app.node.findAll().filter(Stack.isStack).map(s => s.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(f.stack.dependencies).toContain(edgeStack);

    const edge = functionTemplate(h);
    edge.resourceCountIs('AWS::Lambda::Function', 1);
    edge.hasResource('AWS::Lambda::Function', {
      Properties: {
        Runtime: 'nodejs22.x',
        MemorySize: 128,
        Timeout: 5,
        FunctionName: 'WebHandler99B04AD5',
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: Match.anyValue() } },
        Environment: Match.absent(),
        TracingConfig: Match.absent(),
        Architectures: Match.absent(),
      },
      DeletionPolicy: 'Retain',
    });
    edge.hasResource('AWS::Lambda::Version', { DeletionPolicy: 'Retain' });
    edge.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: '/aws/lambda/us-east-1.WebHandler99B04AD5',
      RetentionInDays: 30,
    });
    edge.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } }),
          Match.objectLike({ Principal: { Service: 'edgelambda.amazonaws.com' } }),
        ]),
      },
      ManagedPolicyArns: Match.absent(),
    });
    edge.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{
          Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
          Effect: 'Allow',
          Resource: {
            'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:logs:*:${ACCOUNT}:log-group:/aws/lambda/us-east-1.WebHandler99B04AD5:*`]],
          },
        }],
      },
    });
    edge.resourceCountIs('AWS::SSM::Parameter', 1);

    const web = Template.fromStack(f.stack);
    web.resourcePropertiesCountIs('AWS::Lambda::Function', { Handler: 'index.handler' }, 0);
    web.resourceCountIs('Custom::CrossRegionStringParameterReader', 1);
    const reader = Object.keys(web.findResources('Custom::CrossRegionStringParameterReader'))[0];
    web.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        CacheBehaviors: [Match.objectLike({
          PathPattern: '/api/*',
          LambdaFunctionAssociations: [{
            EventType: 'viewer-request',
            LambdaFunctionARN: { 'Fn::GetAtt': [reader, 'FunctionArn'] },
          }],
        })],
        DefaultCacheBehavior: Match.objectLike({ LambdaFunctionAssociations: Match.absent() }),
      },
    });
    expect(h.edgeLambda).toEqual({ functionVersion: h.version, eventType: VIEWER, includeBody: undefined });
    expect(h.edgeFunction).toBe(h.version);
    expect(h.logGroup).toBeDefined();
  });

  test('snapshot of both stacks', () => {
    const f = fixture();
    const h = handler(f, { eventType: ORIGIN, includeBody: true, distribution: f.distribution, pathPattern: '/api/*', origin: f.origin });
    expect({ edge: functionTemplate(h).toJSON(), web: Template.fromStack(f.stack).toJSON() }).toMatchSnapshot();
  });

  test('origin events default to 256 MB and 10 s; the user\'s values win', () => {
    const f = fixture();
    const origin = handler(f, { eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE }, 'Origin');
    handler(f, { eventType: ORIGIN, functionProps: nodeProps({ memorySize: 1024, timeout: Duration.seconds(30), functionName: 'my-edge' }) }, 'Custom');
    const t = functionTemplate(origin);
    t.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'WebOriginDB72567B', MemorySize: 256, Timeout: 10 });
    t.hasResourceProperties('AWS::Lambda::Function', { FunctionName: 'my-edge', MemorySize: 1024, Timeout: 30 });
    t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/lambda/us-east-1.my-edge' });
  });

  test('two handlers of one stack share the us-east-1 stack without clashing', () => {
    const f = fixture();
    const a = handler(f, {}, 'A');
    const b = handler(f, { eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE }, 'B');
    expect(Stack.of(a.function)).toBe(Stack.of(b.function));
    functionTemplate(a).resourceCountIs('AWS::Lambda::Function', 2);
    functionTemplate(a).resourceCountIs('AWS::IAM::Role', 2);
  });

  test('edgeStackId names the us-east-1 stack', () => {
    const f = fixture();
    const h = handler(f, { edgeStackId: 'WebEdge' });
    expect(Stack.of(h.function).node.id).toBe('WebEdge');
    expect(Stack.of(h.function).region).toBe('us-east-1');
  });

  test('removalPolicy DESTROY applies to the function, its versions and its log group', () => {
    const f = fixture();
    const t = functionTemplate(handler(f, { removalPolicy: RemovalPolicy.DESTROY }));
    t.hasResource('AWS::Lambda::Function', { DeletionPolicy: 'Delete' });
    t.hasResource('AWS::Lambda::Version', { DeletionPolicy: 'Delete' });
    t.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Delete' });
  });

  test('with logRetention (no log group), the role may write the function\'s default us-east-1 group', () => {
    const f = fixture();
    const h = handler(f, { functionProps: nodeProps({ logRetention: 7 }) });
    const t = functionTemplate(h);
    t.resourceCountIs('AWS::Logs::LogGroup', 0);
    expect(h.logGroup).toBeUndefined();
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/WebHandler99B04AD5:*`]] },
        })]),
      },
    });
  });

  test('a changed config publishes a new version', () => {
    const versionId = (value: string) => {
      const f = fixture();
      const h = handler(f, {
        functionProps: nodeProps({ code: lambda.Code.fromInline(`const config = ${EdgeHandler.CONFIG_PLACEHOLDER}; ${INLINE}`) }),
        config: { value },
      });
      return Object.keys(functionTemplate(h).findResources('AWS::Lambda::Version'))[0];
    };
    expect(versionId('a')).not.toEqual(versionId('b'));
    expect(versionId('a')).toEqual(versionId('a'));
  });
});

describe('EdgeHandler: functionProps values from the handler\'s own stack, outside us-east-1', () => {
  test.each([
    ['memorySize', (p: CfnParameter) => nodeProps({ memorySize: p.valueAsNumber }), /functionProps.memorySize refers to Web\/Memory/],
    ['timeout', (p: CfnParameter) => nodeProps({ timeout: Duration.seconds(p.valueAsNumber) }), /functionProps.timeout refers to Web\/Memory/],
    ['handler', (p: CfnParameter) => nodeProps({ handler: p.valueAsString }), /functionProps.handler refers to Web\/Memory/],
    ['a description with a parameter inside', (p: CfnParameter) => nodeProps({ description: `edge of ${p.valueAsString}` }), /functionProps.description refers to Web\/Memory/],
  ])('a CfnParameter in %s is an error naming the property (not a dependency cycle)', (_name, props, message) => {
    const f = fixture();
    const parameter = new CfnParameter(f.stack, 'Memory', { type: 'Number' });
    expect(() => handler(f, { functionProps: props(parameter) })).toThrow(message);
  });

  test('the message says why and what to do, with the documentation link', () => {
    const f = fixture();
    const memory = new CfnParameter(f.stack, 'Memory', { type: 'Number' }).valueAsNumber;
    expect(() => handler(f, { functionProps: nodeProps({ memorySize: memory }) })).toThrow(
      /^\[Web\/Handler\] functionProps.memorySize refers to Web\/Memory \(stack Web, Region eu-west-1\); a Lambda@Edge function is created in the us-east-1 stack edge-lambda-stack-\w+, which the stack Web depends on, so it cannot take values from that stack's parameters or resources \(or from another Region\). Use a literal or a context value, or create the EdgeHandler in a us-east-1 stack. See https:\/\/docs.aws.amazon.com\/AmazonCloudFront\/latest\/DeveloperGuide\/lambda-at-edge-function-restrictions.html$/);
  });

  test('a Lazy number is accepted: it resolves in the us-east-1 stack', () => {
    const f = fixture();
    const h = handler(f, { functionProps: nodeProps({ memorySize: Lazy.number({ produce: () => 128 }) }) });
    f.app.synth();
    functionTemplate(h).hasResourceProperties('AWS::Lambda::Function', { MemorySize: 128 });
  });

  test('in a us-east-1 stack, a parameter of the stack is accepted', () => {
    const f = fixture('us-east-1');
    const parameter = new CfnParameter(f.stack, 'Memory', { type: 'Number' });
    handler(f, { functionProps: nodeProps({ memorySize: parameter.valueAsNumber }) });
    f.app.synth();
    Template.fromStack(f.stack).hasResourceProperties('AWS::Lambda::Function', { MemorySize: { Ref: 'Memory' } });
  });
});

describe('EdgeHandler in a us-east-1 stack', () => {
  test('creates the function in the same stack and associates its version directly', () => {
    const f = fixture('us-east-1');
    const h = handler(f, { distribution: f.distribution, pathPattern: '/api/*', origin: f.origin });
    expect(Stack.of(h.function)).toBe(f.stack);
    expect(f.app.node.findAll().filter(Stack.isStack)).toHaveLength(1);
    const t = Template.fromStack(f.stack);
    t.resourceCountIs('Custom::CrossRegionStringParameterReader', 0);
    const version = Object.keys(t.findResources('AWS::Lambda::Version'))[0];
    t.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        CacheBehaviors: [Match.objectLike({
          LambdaFunctionAssociations: [{ EventType: 'viewer-request', LambdaFunctionARN: { Ref: version } }],
        })],
      },
    });
  });
});

describe('EdgeHandler from an existing version', () => {
  test('a us-east-1 version is associated as given', () => {
    const f = fixture();
    const version = lambda.Version.fromVersionArn(f.stack, 'V', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:rewrite:3`);
    const h = new EdgeHandler(f.stack, 'Handler', { eventType: ORIGIN, version, distribution: f.distribution, pathPattern: '/a/*', origin: f.origin });
    expect(h.version).toBe(version);
    expect(h.function).toBe(version.lambda);
    expect(h.edgeFunction).toBeUndefined();
    Template.fromStack(f.stack).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        CacheBehaviors: [Match.objectLike({
          LambdaFunctionAssociations: [{ EventType: 'origin-request', LambdaFunctionARN: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:rewrite:3` }],
        })],
      },
    });
  });

  test('a version in eu-west-1 (by ARN) is rejected', () => {
    const f = fixture();
    const version = lambda.Version.fromVersionArn(f.stack, 'V', `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:rewrite:3`);
    expect(() => new EdgeHandler(f.stack, 'Handler', { eventType: ORIGIN, version }))
      .toThrow(/\[Web\/Handler\] `version` \(Web\/V\) is in eu-west-1: Lambda@Edge functions must be in us-east-1.*lambda-at-edge-function-restrictions/);
  });

  test('a version defined in an eu-west-1 stack is rejected', () => {
    const f = fixture();
    const fn = new lambda.Function(f.stack, 'Fn', nodeProps());
    expect(() => new EdgeHandler(f.stack, 'Handler', { eventType: ORIGIN, version: fn.currentVersion }))
      .toThrow(/is in eu-west-1: Lambda@Edge functions must be in us-east-1/);
  });

  test('a version whose Region is a token is not judged', () => {
    const app = new App();
    const stack = new Stack(app, 'Agnostic');
    const fn = new lambda.Function(stack, 'Fn', nodeProps());
    expect(() => new EdgeHandler(stack, 'Handler', { eventType: ORIGIN, version: fn.currentVersion })).not.toThrow();
  });

  test('$LATEST is rejected', () => {
    const f = fixture('us-east-1');
    const fn = new lambda.Function(f.stack, 'Fn', nodeProps());
    expect(() => new EdgeHandler(f.stack, 'Handler', { eventType: ORIGIN, version: fn.latestVersion }))
      .toThrow(/`version` is \$LATEST: CloudFront associates only a numbered version/);
  });

  test('props that configure a created function are rejected with a version', () => {
    const f = fixture();
    const version = lambda.Version.fromVersionArn(f.stack, 'V', `arn:aws:lambda:us-east-1:${ACCOUNT}:function:rewrite:3`);
    expect(() => new EdgeHandler(f.stack, 'Handler', { eventType: ORIGIN, version, config: { a: 'b' } }))
      .toThrow(/`config` applies to a function EdgeHandler creates from `functionProps`, not to an existing `version`/);
  });
});

describe('EdgeHandler validation: each restriction names the event type, value and limit', () => {
  const cases: [string, Partial<EdgeHandlerProps>, RegExp][] = [
    ['memory above 128 MB on a viewer event', { functionProps: nodeProps({ memorySize: 129 }) },
      /`functionProps.memorySize` is 129 MB, above the 128 MB that Lambda@Edge allows for the viewer-request event type \(viewer events: 128 MB; origin events: 10,240 MB\).*cloudfront-limits.html#limits-lambda-at-edge/],
    ['memory above 10,240 MB on an origin event', { eventType: ORIGIN, functionProps: nodeProps({ memorySize: 10_241 }) },
      /is 10241 MB, above the 10,240 MB that Lambda@Edge allows for the origin-request event type/],
    ['timeout above 5 s on a viewer event', { eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE, functionProps: nodeProps({ timeout: Duration.seconds(6) }) },
      /`functionProps.timeout` is 6 seconds, above the 5 seconds that Lambda@Edge allows for the viewer-response event type \(viewer events: 5 s; origin events: 30 s\)/],
    ['timeout above 30 s on an origin event', { eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE, functionProps: nodeProps({ timeout: Duration.seconds(31) }) },
      /is 31 seconds, above the 30 seconds that Lambda@Edge allows for the origin-response event type/],
    ['environment variables', { functionProps: nodeProps({ environment: { API_HOST: 'x' } }) },
      /`functionProps.environment` sets API_HOST: Lambda@Edge functions cannot have environment variables. Pass the values with the `config` property/],
    ['layers', { functionProps: nodeProps({ layers: [lambda.LayerVersion.fromLayerVersionArn(new Stack(), 'L', 'arn:aws:lambda:us-east-1:123456789012:layer:l:1')] }) },
      /`functionProps.layers` adds a Lambda layer: Lambda@Edge functions cannot use layers/],
    ['arm64', { functionProps: nodeProps({ architecture: lambda.Architecture.ARM_64 }) },
      /`functionProps.architecture` is arm64: Lambda@Edge runs only x86_64 functions/],
    ['provisioned concurrency', { functionProps: nodeProps({ currentVersionOptions: { provisionedConcurrentExecutions: 2 } }) },
      /`functionProps.currentVersionOptions.provisionedConcurrentExecutions` is 2: Lambda@Edge does not support provisioned concurrency/],
    ['ephemeral storage above 512 MB', { functionProps: nodeProps({ ephemeralStorageSize: Size.mebibytes(1024) }) },
      /`functionProps.ephemeralStorageSize` is 1024 MB: Lambda@Edge functions keep the default 512 MB of \/tmp/],
    ['a Java runtime', { eventType: ORIGIN, functionProps: nodeProps({ runtime: lambda.Runtime.JAVA_21, code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(new Stack(), 'B', 'code-bucket'), 'k.zip') }) },
      /`functionProps.runtime` is java21: Lambda@Edge supports only Node.js and Python runtimes/],
    ['runtime management other than Auto', { functionProps: nodeProps({ runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE }) },
      /`functionProps.runtimeManagementMode` is FunctionUpdate: Lambda@Edge supports only the Auto runtime management mode/],
    ['includeBody on a response event', { eventType: cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE, includeBody: true },
      /`includeBody` is true, but the origin-response event type has no request body to expose: CloudFront accepts includeBody only for viewer-request and origin-request events.*lambda-include-body-access/],
    ['neither functionProps nor version', { functionProps: undefined },
      /give one of `version` \(an existing resource\) or `functionProps` \(to create one\)/],
    ['an event type that is not one', { eventType: 'origin-reply' as cloudfront.LambdaEdgeEventType },
      /`eventType` is 'origin-reply', which is not a Lambda@Edge event type/],
  ];
  test.each(cases)('%s', (_name, props, message) => {
    expect(() => handler(fixture(), props)).toThrow(message);
  });

  test('a VPC', () => {
    const f = fixture();
    const vpc = new ec2.Vpc(new Stack(f.app, 'Net', { env: { account: ACCOUNT, region: 'us-east-1' } }), 'Vpc');
    expect(() => handler(f, { eventType: ORIGIN, functionProps: nodeProps({ vpc }) }))
      .toThrow(/`functionProps.vpc` places the function in a VPC: Lambda@Edge functions cannot access resources inside a VPC/);
  });

  test('a container image', () => {
    const f = fixture();
    const repository = ecr.Repository.fromRepositoryName(f.stack, 'Repo', 'edge');
    expect(() => handler(f, {
      eventType: ORIGIN,
      functionProps: { runtime: lambda.Runtime.FROM_IMAGE, handler: lambda.Handler.FROM_IMAGE, code: lambda.Code.fromEcrImage(repository) },
    })).toThrow(/`functionProps.code` is a container image: Lambda@Edge runs only .zip deployment packages/);
  });

  test('a stack without an explicit Region', () => {
    const app = new App();
    const stack = new Stack(app, 'Agnostic');
    expect(() => new EdgeHandler(stack, 'Handler', { eventType: VIEWER, functionProps: nodeProps() }))
      .toThrow(/\[Agnostic\/Handler\] the stack Agnostic has no explicit Region, so the function cannot be placed in us-east-1.*give the stack an `env` with a `region`/);
  });

  test('an edgeStackId naming a stack outside us-east-1', () => {
    const f = fixture();
    new Stack(f.app, 'Other', { env: { account: ACCOUNT, region: 'eu-central-1' } });
    expect(() => handler(f, { edgeStackId: 'Other' }))
      .toThrow(/`edgeStackId` is 'Other', but Other is not a stack in us-east-1/);
  });

  test('memory and timeout tokens are skipped', () => {
    const f = fixture();
    const memorySize = Token.asNumber(Lazy.number({ produce: () => 128 }));
    const timeout = Duration.seconds(Token.asNumber(Lazy.number({ produce: () => 5 })));
    expect(() => handler(f, { functionProps: nodeProps({ memorySize, timeout }) })).not.toThrow();
  });

  test('the edge values themselves are accepted', () => {
    const f = fixture();
    expect(() => handler(f, { functionProps: nodeProps({ memorySize: 128, timeout: Duration.seconds(5), ephemeralStorageSize: Size.mebibytes(512) }) }, 'Viewer')).not.toThrow();
    expect(() => handler(f, { eventType: ORIGIN, functionProps: nodeProps({ memorySize: 10_240, timeout: Duration.seconds(30), runtime: lambda.Runtime.PYTHON_3_13, architecture: lambda.Architecture.X86_64 }) }, 'Origin')).not.toThrow();
  });

  describe('package size per event type', () => {
    test('an asset directory over 1 MB compressed is rejected for a viewer event and accepted for an origin event', () => {
      const dir = tempDir({ 'index.js': INLINE, 'blob.bin': incompressible(1024 * 1024 + 1) });
      const f = fixture();
      expect(() => handler(f, { functionProps: nodeProps({ code: lambda.Code.fromAsset(dir) }) }, 'Viewer'))
        .toThrow(/the deployment package \(the asset .*\) is at least 1 MB compressed, above the 1 MB that Lambda@Edge allows for the viewer-request event type \(viewer events: 1 MB; origin events: 50 MB\)/);
      expect(() => handler(fixture(), { eventType: ORIGIN, functionProps: nodeProps({ code: lambda.Code.fromAsset(dir) }) }, 'Origin')).not.toThrow();
    });

    test('a large directory that compresses below 1 MB is accepted', () => {
      const dir = tempDir({ 'index.js': INLINE, 'data.json': 'a'.repeat(2 * 1024 * 1024) });
      expect(() => handler(fixture(), { functionProps: nodeProps({ code: lambda.Code.fromAsset(dir) }) })).not.toThrow();
    });

    test('a .zip archive is measured as it is', () => {
      const dir = tempDir({ 'code.zip': incompressible(1024 * 1024 + 1) });
      expect(() => handler(fixture(), { functionProps: nodeProps({ code: lambda.Code.fromAsset(path.join(dir, 'code.zip')) }) }))
        .toThrow(/the deployment package \(the archive .*\.zip\) is at least 1 MB compressed/);
    });
  });

  describe('attaching to a distribution', () => {
    test('a distribution without pathPattern and origin', () => {
      const f = fixture();
      expect(() => handler(f, { distribution: f.distribution }))
        .toThrow(/`distribution` given without `pathPattern`, `origin`: .*The default behaviour's functions can only be set when the Distribution is created/);
    });

    test('behaviorOptions without a distribution', () => {
      expect(() => handler(fixture(), { behaviorOptions: { compress: false } }))
        .toThrow(/`behaviorOptions` is set without `distribution`, `pathPattern` and `origin`/);
    });

    test('a second function for the same event type', () => {
      const f = fixture('us-east-1');
      const other = handler(f, {}, 'Other');
      expect(() => handler(f, { distribution: f.distribution, pathPattern: '/a/*', origin: f.origin, behaviorOptions: { edgeLambdas: [other.edgeLambda] } }))
        .toThrow(/already associates a function with the viewer-request event type: a cache behaviour can have only one edge function per event type/);
    });

    test('a CloudFront Function on the same behaviour\'s viewer events', () => {
      const f = fixture();
      const fn = new cloudfront.Function(f.stack, 'Cff', { code: cloudfront.FunctionCode.fromInline('function handler(e) { return e.request; }') });
      expect(() => handler(f, {
        eventType: cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE,
        distribution: f.distribution,
        pathPattern: '/a/*',
        origin: f.origin,
        behaviorOptions: { functionAssociations: [{ function: fn, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }] },
      })).toThrow(/combines CloudFront Functions and Lambda@Edge on viewer events/);
    });

    test('behaviour options are kept and the association appended', () => {
      const f = fixture();
      const fn = new cloudfront.Function(f.stack, 'Cff', { code: cloudfront.FunctionCode.fromInline('function handler(e) { return e.request; }') });
      handler(f, {
        eventType: ORIGIN,
        distribution: f.distribution,
        pathPattern: '/a/*',
        origin: f.origin,
        behaviorOptions: { compress: false, functionAssociations: [{ function: fn, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST }] },
      });
      Template.fromStack(f.stack).hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: {
          CacheBehaviors: [Match.objectLike({
            Compress: false,
            FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
            LambdaFunctionAssociations: [Match.objectLike({ EventType: 'origin-request' })],
          })],
        },
      });
    });
  });
});

describe('EdgeHandler configuration without environment variables', () => {
  test('an asset directory is deployed with a generated JSON file, keys sorted', () => {
    const dir = tempDir({ 'index.js': 'const config = require(\'./edge-config.json\');' });
    const h = handler(fixture(), { functionProps: nodeProps({ code: lambda.Code.fromAsset(dir) }), config: { zone: 'b', apiHost: 'api.example.com' } });
    const staging = h.function.node.findAll().find((c): c is AssetStaging => c instanceof AssetStaging)!;
    expect(fs.readFileSync(path.join(staging.absoluteStagedPath, 'edge-config.json'), 'utf-8'))
      .toBe('{\n  "apiHost": "api.example.com",\n  "zone": "b"\n}\n');
    expect(fs.readFileSync(path.join(staging.absoluteStagedPath, 'index.js'), 'utf-8')).toContain('edge-config.json');
    expect(fs.existsSync(path.join(dir, 'edge-config.json'))).toBe(false);
  });

  test('configFileName names the file', () => {
    const dir = tempDir({ 'index.py': 'import json' });
    const h = handler(fixture(), {
      functionProps: nodeProps({ runtime: lambda.Runtime.PYTHON_3_13, code: lambda.Code.fromAsset(dir) }),
      config: { a: '1' },
      configFileName: 'settings.json',
    });
    const staging = h.function.node.findAll().find((c): c is AssetStaging => c instanceof AssetStaging)!;
    expect(JSON.parse(fs.readFileSync(path.join(staging.absoluteStagedPath, 'settings.json'), 'utf-8'))).toEqual({ a: '1' });
  });

  test('inline code gets the JSON object in place of the placeholder', () => {
    const h = handler(fixture(), {
      functionProps: nodeProps({ code: lambda.Code.fromInline(`const config = ${EdgeHandler.CONFIG_PLACEHOLDER}; ${INLINE}`) }),
      config: { b: '2', a: 'x"y' },
    });
    functionTemplate(h).hasResourceProperties('AWS::Lambda::Function', {
      Code: { ZipFile: `const config = {"a":"x\\"y","b":"2"}; ${INLINE}` },
    });
  });

  const configErrors: [string, () => Partial<EdgeHandlerProps>, RegExp][] = [
    ['inline code without the placeholder', () => ({ config: { a: 'b' } }),
      /`config` is set, but the inline code does not contain the placeholder __EDGE_CONFIG__/],
    ['a placeholder without config', () => ({ functionProps: nodeProps({ code: lambda.Code.fromInline(`const c = __EDGE_CONFIG__; ${INLINE}`) }) }),
      /the inline code contains the config placeholder __EDGE_CONFIG__, but `config` is not set/],
    ['a token value', () => ({ functionProps: nodeProps({ code: lambda.Code.fromInline(`const c = __EDGE_CONFIG__; ${INLINE}`) }), config: { bucket: Lazy.string({ produce: () => 'b' }) } }),
      /`config.bucket` is a token \(a value known only at deploy time\): configuration is written into the code at synth/],
    ['code from S3', () => ({ functionProps: nodeProps({ code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(new Stack(), 'B', 'code-bucket'), 'k.zip') }), config: { a: 'b' } }),
      /`config` needs inline code \(lambda.Code.fromInline\) or an asset directory \(lambda.Code.fromAsset\): for other code \(S3Code\)/],
    ['asset options', () => ({ functionProps: nodeProps({ code: lambda.Code.fromAsset(tempDir({ 'index.js': INLINE }), { exclude: ['*.md'] }) }), config: { a: 'b' } }),
      /`config` cannot be combined with options given to lambda.Code.fromAsset/],
    ['a .zip asset', () => ({ functionProps: nodeProps({ code: lambda.Code.fromAsset(path.join(tempDir({ 'code.zip': 'x' }), 'code.zip')) }), config: { a: 'b' } }),
      /`config` needs the asset to be a directory, to add edge-config.json to it/],
    ['a file name the directory already has', () => ({ functionProps: nodeProps({ code: lambda.Code.fromAsset(tempDir({ 'edge-config.json': '{}' })) }), config: { a: 'b' } }),
      /`configFileName` is 'edge-config.json', but .* already has a file with that name/],
    ['a file name with a directory', () => ({ functionProps: nodeProps({ code: lambda.Code.fromAsset(tempDir({ 'index.js': INLINE })) }), config: { a: 'b' }, configFileName: 'conf/edge.json' }),
      /`configFileName` is 'conf\/edge.json': give a file name without a directory/],
    ['a file name without config', () => ({ configFileName: 'edge.json' }),
      /`configFileName` is set without `config`/],
  ];
  test.each(configErrors)('rejects %s', (_name, props, message) => {
    expect(() => handler(fixture(), props())).toThrow(message);
  });
});
