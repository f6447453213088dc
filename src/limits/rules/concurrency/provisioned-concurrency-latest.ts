import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** K6: provisioned concurrency is set on a published version, never on an alias that points to $LATEST. */
export const ProvisionedConcurrencyLatest: LimitRule = {
  id: 'ProvisionedConcurrencyLatest',
  description: 'An alias with provisioned concurrency points to a published version, not $LATEST',
  severity: FindingSeverity.ERROR,
  limitRefs: ['K6'],
  docUrl: DOCS.lambdaProvisionedConcurrency,
  resourceTypes: ['AWS::Lambda::Alias'],
  check(alias) {
    if (alias.properties.ProvisionedConcurrencyConfig === undefined) return [];
    if (literalString(alias.properties.FunctionVersion) !== '$LATEST') return [];
    return [{
      resource: alias,
      property: 'FunctionVersion',
      value: '$LATEST, on an alias with ProvisionedConcurrencyConfig',
      limit: 'a published version number',
      why: 'Lambda cannot allocate provisioned concurrency to the unpublished $LATEST version and rejects the alias',
    }];
  },
};
