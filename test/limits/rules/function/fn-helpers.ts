import { CfnParameter, type Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** A raw L1 function with inline Node.js code; props override the defaults. */
export function rawFunction(scope: Construct, id: string, props: Partial<lambda.CfnFunctionProps> = {}): lambda.CfnFunction {
  return new lambda.CfnFunction(scope, id, {
    role: 'arn:aws:iam::123456789012:role/r',
    code: { zipFile: 'exports.handler = async () => 1;' },
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    ...props,
  });
}

/** A string parameter's value: an unresolved token at synth. */
export function stringToken(stack: Stack, id = 'P'): string {
  return new CfnParameter(stack, id, { type: 'String' }).valueAsString;
}

/** A number parameter's value: an unresolved token at synth. */
export function numberToken(stack: Stack, id = 'N'): number {
  return new CfnParameter(stack, id, { type: 'Number' }).valueAsNumber;
}

/** The L1 resource behind an L2 function, for escape-hatch overrides. */
export function cfnOf(fn: lambda.Function): lambda.CfnFunction {
  return fn.node.defaultChild as lambda.CfnFunction;
}

/** A Java 21 L2 function with code in S3; props override the defaults. */
export function javaFunction(scope: Construct, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.JAVA_21,
    handler: 'example.Handler::handleRequest',
    code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(scope, `${id}Bucket`, 'code-bucket'), 'code.zip'),
    ...props,
  });
}
