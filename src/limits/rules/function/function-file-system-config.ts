import { FUNCTION_TYPE } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalArray, literalObject, literalString } from '../../values';

const ACCESS_POINT_ARN = /^arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z0-9-]+:\d{12}:access-point\/fsap-[a-f0-9]{17}$/;

/**
 * F25: `FileSystemConfigs` has at most one item, whose `Arn` is an EFS access point and whose
 * `LocalMountPath` matches `^/mnt/[a-zA-Z0-9-_.]+$` in at most 160 characters; EFS needs a VPC.
 */
export const FunctionFileSystemConfig: LimitRule = {
  id: 'FunctionFileSystemConfig',
  description: `Function FileSystemConfigs has at most ${FUNCTION.fileSystemConfigsMaxItems} item: an EFS access point mounted at /mnt/<name> (at most ${FUNCTION.efsMountPathMaxLength} characters), with a VpcConfig`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F25'],
  docUrl: DOCS.lambdaEfs,
  resourceTypes: [FUNCTION_TYPE],
  relatedTypes: ['AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem'],
  check(fn, app) {
    const configs = literalArray(fn.properties.FileSystemConfigs);
    if (!configs || configs.length === 0) return [];
    const findings: RuleFinding[] = [];
    const why = 'Lambda rejects the function at deployment';
    if (configs.length > FUNCTION.fileSystemConfigsMaxItems) {
      findings.push({ resource: fn, property: 'FileSystemConfigs', value: `${configs.length} items`, limit: `${FUNCTION.fileSystemConfigsMaxItems} file system per function`, why });
    }
    if (fn.properties.VpcConfig === undefined) {
      findings.push({ resource: fn, property: 'VpcConfig', value: 'absent with FileSystemConfigs set', limit: 'a VpcConfig whose subnets reach the file system\'s mount targets', why: 'Lambda reaches EFS only through the VPC, so the deployment fails' });
    }
    configs.forEach((item, index) => {
      const config = literalObject(item);
      if (!config) return;
      const mountPath = literalString(config.LocalMountPath);
      if (mountPath !== undefined && (mountPath.length > FUNCTION.efsMountPathMaxLength || !FUNCTION.efsMountPathPattern.test(mountPath))) {
        findings.push({
          resource: fn,
          property: `FileSystemConfigs.${index}.LocalMountPath`,
          value: `'${mountPath}' (${mountPath.length} characters)`,
          limit: `^/mnt/[a-zA-Z0-9-_.]+$ in at most ${fmt(FUNCTION.efsMountPathMaxLength)} characters`,
          why,
        });
      }
      const arnValue = config.Arn;
      const arn = literalString(arnValue);
      const referenced = arn === undefined ? app.referencedResource(fn, arnValue) : undefined;
      const notAccessPoint = arn !== undefined ? !ACCESS_POINT_ARN.test(arn) : referenced !== undefined && referenced.type !== 'AWS::EFS::AccessPoint';
      if (notAccessPoint) {
        findings.push({
          resource: fn,
          property: `FileSystemConfigs.${index}.Arn`,
          value: arn !== undefined ? `'${arn}'` : `${referenced?.type} ${referenced?.path}`,
          limit: 'the ARN of an EFS access point (arn:aws:elasticfilesystem:<region>:<account>:access-point/fsap-...)',
          why: 'Lambda mounts EFS only through an access point, so the deployment fails',
        });
      }
    });
    return findings;
  },
};
