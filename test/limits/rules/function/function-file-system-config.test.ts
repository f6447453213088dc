import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionFileSystemConfig';
const AP = 'arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0123456789abcdef0';
const VPC = { securityGroupIds: ['sg-12345678'], subnetIds: ['subnet-12345678'] };

test('rejects a mount path outside /mnt (L1, where the L2 would throw) with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { vpcConfig: VPC, fileSystemConfigs: [{ arn: AP, localMountPath: '/data' }] });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain("FileSystemConfigs.0.LocalMountPath is '/data' (5 characters)");
  expect(found[0].message).toContain('^/mnt/[a-zA-Z0-9-_.]+$ in at most 160 characters');
  expect(found[0].message).toContain('configuration-filesystem.html');
});

test('rejects a 161-character mount path and accepts a 160-character one', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Over', { vpcConfig: VPC, fileSystemConfigs: [{ arn: AP, localMountPath: `/mnt/${'a'.repeat(156)}` }] });
  rawFunction(stack, 'Edge', { vpcConfig: VPC, fileSystemConfigs: [{ arn: AP, localMountPath: `/mnt/${'a'.repeat(155)}` }] });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Over']);
});

test('rejects two file systems, a missing VpcConfig and a file system ARN that is not an access point', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Two', { vpcConfig: VPC, fileSystemConfigs: [{ arn: AP, localMountPath: '/mnt/a' }, { arn: AP, localMountPath: '/mnt/b' }] });
  rawFunction(stack, 'NoVpc', { fileSystemConfigs: [{ arn: AP, localMountPath: '/mnt/a' }] });
  rawFunction(stack, 'FsArn', { vpcConfig: VPC, fileSystemConfigs: [{ arn: 'arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-01234567', localMountPath: '/mnt/a' }] });
  expect(findingsOf(app, RULE).map(f => [f.path, /\] [^:]+: (\S+) is/.exec(f.message)?.[1]])).toEqual([
    ['/S/Two', 'FileSystemConfigs'],
    ['/S/NoVpc', 'VpcConfig'],
    ['/S/FsArn', 'FileSystemConfigs.0.Arn'],
  ]);
});

test('accepts an L2 function with an EFS access point in a VPC', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const fs = new efs.FileSystem(stack, 'Fs', { vpc });
  const accessPoint = fs.addAccessPoint('Ap', { path: '/lambda' });
  nodeFunction(stack, 'Fn', { vpc, filesystem: lambda.FileSystem.fromEfsAccessPoint(accessPoint, '/mnt/data') });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a mount path and an ARN that are tokens', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Fn', { vpcConfig: VPC, fileSystemConfigs: [{ arn: stringToken(stack, 'A'), localMountPath: stringToken(stack, 'M') }] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override that points at the file system instead of an access point', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const fs = new efs.FileSystem(stack, 'Fs', { vpc });
  const fn = nodeFunction(stack, 'Fn', { vpc, filesystem: lambda.FileSystem.fromEfsAccessPoint(fs.addAccessPoint('Ap'), '/mnt/data') });
  cfnOf(fn).addPropertyOverride('FileSystemConfigs.0.Arn', fs.fileSystemArn);
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/S/Fn/Resource']);
  expect(found[0].message).toContain('AWS::EFS::FileSystem');
});
