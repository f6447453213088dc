import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray, literalString, propertyAt } from '../../values';

const KVS_RUNTIME = 'cloudfront-js-2.0';

/** CF2: a CloudFront Function associated with a KeyValueStore uses cloudfront-js-2.0. */
export const CloudFrontFunctionKeyValueStore: LimitRule = {
  id: 'CloudFrontFunctionKeyValueStore',
  description: `A CloudFront Function with a KeyValueStore association uses ${KVS_RUNTIME}`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['CF2'],
  docUrl: DOCS.cloudFrontFunctionRestrictions,
  resourceTypes: ['AWS::CloudFront::Function'],
  check(fn) {
    const stores = literalArray(propertyAt(fn.properties, 'FunctionConfig.KeyValueStoreAssociations'));
    if (!stores || stores.length === 0) return [];
    const runtime = literalString(propertyAt(fn.properties, 'FunctionConfig.Runtime'));
    if (runtime === undefined || runtime === KVS_RUNTIME) return [];
    return [{
      resource: fn,
      property: 'FunctionConfig.Runtime',
      value: `${runtime} with ${stores.length} KeyValueStore association(s)`,
      limit: KVS_RUNTIME,
      why: `Only the ${KVS_RUNTIME} runtime can read a CloudFront KeyValueStore, so the function fails to deploy`,
    }];
  },
};
