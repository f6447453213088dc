import { FUNCTION_TYPE, snapStartEnabled } from './function-facts';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray } from '../../values';

/** F20: SnapStart does not support Amazon EFS. */
export const SnapStartEfs: LimitRule = {
  id: 'SnapStartEfs',
  description: 'A SnapStart function does not mount an Amazon EFS file system',
  severity: FindingSeverity.ERROR,
  limitRefs: ['F20'],
  docUrl: DOCS.lambdaSnapStart,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    if (!snapStartEnabled(fn)) return [];
    const configs = literalArray(fn.properties.FileSystemConfigs);
    if (!configs || configs.length === 0) return [];
    return [{
      resource: fn,
      property: 'FileSystemConfigs',
      value: `${configs.length} file system${configs.length === 1 ? '' : 's'} with SnapStart on`,
      limit: 'no EFS file system on a SnapStart function',
      why: 'Lambda does not support SnapStart with Amazon EFS, so the deployment fails',
    }];
  },
};
