/**
 * An S3 bucket as the on-failure destination of asynchronous invocations, with the grant
 * Lambda needs and nothing more: s3:PutObject on the bucket's objects and s3:ListBucket on
 * the bucket (the Lambda documentation's list for an S3 destination), and kms:GenerateDataKey
 * on the bucket's KMS key when it has one (to write an SSE-KMS object).
 * aws-cdk-lib's `destinations.S3Destination` grants `bucket.grantRead()` + `bucket.grantPut()`
 * instead: s3:GetObject*, s3:GetBucket*, s3:List*, s3:Abort* and more put actions.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export class LeastPrivilegeS3FailureDestination implements lambda.IDestination {
  constructor(private readonly bucket: s3.IBucket) {}

  public bind(_scope: Construct, fn: lambda.IFunction): lambda.DestinationConfig {
    iam.Grant.addToPrincipalOrResource({
      grantee: fn, actions: ['s3:PutObject'], resourceArns: [this.bucket.arnForObjects('*')], resource: this.bucket,
    });
    iam.Grant.addToPrincipalOrResource({
      grantee: fn, actions: ['s3:ListBucket'], resourceArns: [this.bucket.bucketArn], resource: this.bucket,
    });
    this.bucket.encryptionKey?.grant(fn, 'kms:GenerateDataKey');
    return { destination: this.bucket.bucketArn };
  }
}
