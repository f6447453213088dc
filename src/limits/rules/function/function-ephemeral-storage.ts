import { FUNCTION_TYPE } from './function-facts';
import { fmt } from '../../engine';
import { DOCS, FUNCTION } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** F3: a function's ephemeral storage (`/tmp`) is 512-10,240 MB. */
export const FunctionEphemeralStorage: LimitRule = {
  id: 'FunctionEphemeralStorage',
  description: `Function ephemeral storage (/tmp) is between ${fmt(FUNCTION.ephemeralStorageMinMb)} and ${fmt(FUNCTION.ephemeralStorageMaxMb)} MB`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['F3'],
  docUrl: DOCS.lambdaEphemeralStorage,
  resourceTypes: [FUNCTION_TYPE],
  check(fn) {
    const size = literalNumber(propertyAt(fn.properties, 'EphemeralStorage.Size'));
    if (size === undefined) return [];
    if (size >= FUNCTION.ephemeralStorageMinMb && size <= FUNCTION.ephemeralStorageMaxMb && Number.isInteger(size)) return [];
    return [{
      resource: fn,
      property: 'EphemeralStorage.Size',
      value: `${size} MB`,
      limit: `${fmt(FUNCTION.ephemeralStorageMinMb)}-${fmt(FUNCTION.ephemeralStorageMaxMb)} MB in 1 MB steps`,
      why: 'Lambda rejects the function at deployment',
    }];
  },
};
