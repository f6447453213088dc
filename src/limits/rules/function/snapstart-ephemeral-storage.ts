import { FUNCTION_TYPE, snapStartEnabled } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** F21: SnapStart supports at most 512 MB of ephemeral storage. */
export const SnapStartEphemeralStorage: LimitRule = {
  id: 'SnapStartEphemeralStorage',
  description: `A SnapStart function has at most ${fmt(FUNCTION.snapStartMaxEphemeralStorageMb)} MB of ephemeral storage`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F21'],
  docUrl: DOCS.lambdaSnapStart,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    if (!snapStartEnabled(fn)) return [];
    const size = literalNumber(propertyAt(fn.properties, 'EphemeralStorage.Size'));
    if (size === undefined || size <= FUNCTION.snapStartMaxEphemeralStorageMb) return [];
    return [{
      resource: fn,
      property: 'EphemeralStorage.Size',
      value: `${size} MB with SnapStart on`,
      limit: `${fmt(FUNCTION.snapStartMaxEphemeralStorageMb)} MB with SnapStart`,
      why: 'Lambda does not support SnapStart with more than 512 MB of ephemeral storage, so the deployment fails',
    }];
  },
};
