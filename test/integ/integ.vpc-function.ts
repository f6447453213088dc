/**
 * Integ test: VpcFunction in its two network modes, each in the VPC the pattern creates.
 *
 * - `Egress`: the default (public + private-with-egress subnets in 2 AZs, ONE NAT gateway, flow
 *   logs, S3 and DynamoDB gateway endpoints) plus a Secrets Manager interface endpoint. Its handler
 *   fetches https://checkip.amazonaws.com and resolves the Secrets Manager API host name.
 * - `Isolated`: `internetAccess: false` (isolated subnets only, no NAT, no internet gateway) with
 *   restricted egress: its security group allows only HTTPS to the Region's S3 prefix list (looked
 *   up at deploy time, so the stack stays environment-agnostic). Its handler writes and reads an
 *   object in a bucket of this stack, then tries the internet.
 * `LambdaLimitChecks` runs over the whole app (the pattern also applies it to itself).
 *
 * What a deployment proves (the assertions below):
 * - the function in private subnets reaches the internet (checkip answers 200) and leaves through
 *   the VPC's single NAT gateway (the address checkip sees is that gateway's Elastic IP), and the
 *   interface endpoint's private DNS takes over the Secrets Manager host name (it resolves to an
 *   address inside the VPC's 10.0.0.0/16, not a public one);
 * - the isolated function reaches S3 through the gateway endpoint (its write and read succeed with
 *   egress limited to the S3 prefix list), and nothing else: the internet is unreachable.
 *
 * Deploy for real (needs an AWS account; `cdk bootstrap` done once). Two VPCs, one NAT gateway and
 * an interface endpoint bill by the hour: destroy when done.
 *   npx cdk deploy --all --app "npx ts-node test/integ/integ.vpc-function.ts"
 *   npx cdk destroy --all --app "npx ts-node test/integ/integ.vpc-function.ts"
 * (`npx cdk deploy --app "npx ts-node test/integ/integ.vpc-function.ts" VpcFunctionNetworkModes`
 * deploys the functions without the assertion stack.) Or let integ-runner deploy, assert and destroy:
 *   npx integ-runner --directory test/integ --tests integ.vpc-function.ts --force
 */
import { ExpectedResult, IntegTest, Match } from '@aws-cdk/integ-tests-alpha';
import { App, Aspects, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as cr from 'aws-cdk-lib/custom-resources';
import { LambdaLimitChecks, VpcFunction } from '../../src';

/** The CIDR of the VPC VpcFunction creates (ec2.Vpc's default), where interface endpoints get their addresses. */
const VPC_CIDR_PREFIX = '10.0.';
/** What the isolated function writes to S3 and expects to read back. */
const PROBE_KEY = 'integ/isolated-probe.txt';
const PROBE_BODY = 'written from an isolated subnet through the S3 gateway endpoint';

/**
 * Handler of the function with internet access: the status and body of checkip (the public
 * address the request left from), and where the Secrets Manager host name resolves.
 */
const EGRESS_HANDLER = `
const dns = require('node:dns/promises');
exports.handler = async () => {
  const response = await fetch('https://checkip.amazonaws.com', { signal: AbortSignal.timeout(10000) });
  const publicIp = (await response.text()).trim();
  const { address } = await dns.lookup('secretsmanager.' + process.env.AWS_REGION + '.amazonaws.com', { family: 4 });
  return {
    status: response.status,
    publicIp,
    secretsManagerAddress: address,
    secretsManagerInVpc: address.startsWith('${VPC_CIDR_PREFIX}'),
  };
};
`;

/**
 * Handler of the isolated function: a write and a read through the S3 gateway endpoint, then an
 * attempt at the internet, which must fail (no route, and the security group allows only S3).
 */
const ISOLATED_HANDLER = `
const { S3Client, PutObjectCommand, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async () => {
  const Bucket = process.env.BUCKET_NAME;
  const Key = '${PROBE_KEY}';
  await s3.send(new PutObjectCommand({ Bucket, Key, Body: '${PROBE_BODY}' }));
  const object = await s3.send(new GetObjectCommand({ Bucket, Key }));
  const s3Body = await object.Body.transformToString();
  let internet;
  try {
    await fetch('https://checkip.amazonaws.com', { signal: AbortSignal.timeout(5000) });
    internet = 'reachable';
  } catch (error) {
    internet = 'unreachable';
  }
  return { s3Body, internet };
};
`;

const app = new App();
Aspects.of(app).add(new LambdaLimitChecks());
const stack = new Stack(app, 'VpcFunctionNetworkModes');

// 1. Internet through the default single NAT gateway, plus a Secrets Manager interface endpoint.
const egress = new VpcFunction(stack, 'Egress', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(EGRESS_HANDLER),
    description: 'Reaches the internet through the NAT gateway of its VPC',
    timeout: Duration.seconds(30),
  },
  interfaceEndpoints: [ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER],
});

// 2. No internet: isolated subnets, and egress restricted to HTTPS towards S3's prefix list.
const probes = new s3.Bucket(stack, 'Probes', {
  enforceSSL: true,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.S3_MANAGED,
  // An integ test bucket: emptied and deleted with the stack.
  removalPolicy: RemovalPolicy.DESTROY,
  autoDeleteObjects: true,
});
// The Region's S3 prefix list (`com.amazonaws.<region>.s3`), read at deploy time so the stack
// deploys to any Region; with a known Region, `ec2.PrefixList.fromLookup` does the same at synth.
const s3PrefixListName = `com.amazonaws.${stack.region}.s3`;
const s3PrefixList = new cr.AwsCustomResource(stack, 'S3PrefixList', {
  onUpdate: {
    service: 'EC2',
    action: 'describeManagedPrefixLists',
    parameters: { Filters: [{ Name: 'prefix-list-name', Values: [s3PrefixListName] }] },
    physicalResourceId: cr.PhysicalResourceId.of(s3PrefixListName),
    outputPaths: ['PrefixLists.0.PrefixListId'],
  },
  policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE }),
  installLatestAwsSdk: false,
});
const isolated = new VpcFunction(stack, 'Isolated', {
  functionProps: {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(ISOLATED_HANDLER),
    description: 'Reaches S3 through the gateway endpoint of its isolated VPC, and nothing else',
    timeout: Duration.seconds(30),
    environment: { BUCKET_NAME: probes.bucketName },
  },
  internetAccess: false,
  allowAllOutbound: false,
  egressRules: [{
    peer: ec2.Peer.prefixList(s3PrefixList.getResponseField('PrefixLists.0.PrefixListId')),
    port: ec2.Port.tcp(443),
    description: 'HTTPS to S3 through the gateway endpoint',
  }],
});
probes.grantPut(isolated.function, PROBE_KEY);
probes.grantRead(isolated.function, PROBE_KEY);

// The Elastic IP of the one NAT gateway: the public address the egress function must leave from.
const natAddresses = egress.vpc.node.findAll().filter((c): c is ec2.CfnEIP => c instanceof ec2.CfnEIP);
if (natAddresses.length !== 1) {
  throw new Error(`Expected the VPC of VpcFunction to have one NAT gateway Elastic IP, found ${natAddresses.length}`);
}

const integ = new IntegTest(app, 'VpcFunctionIntegTest', { testCases: [stack] });

integ.assertions.invokeFunction({ functionName: egress.function.functionName })
  .expect(ExpectedResult.objectLike({
    StatusCode: 200,
    // objectLike: the handler also returns the resolved address, which varies.
    Payload: Match.serializedJson(Match.objectLike({
      status: 200,
      publicIp: natAddresses[0].attrPublicIp,
      secretsManagerInVpc: true,
    })),
  }));

integ.assertions.invokeFunction({ functionName: isolated.function.functionName })
  .expect(ExpectedResult.objectLike({
    StatusCode: 200,
    Payload: Match.serializedJson({ s3Body: PROBE_BODY, internet: 'unreachable' }),
  }));

app.synth();
