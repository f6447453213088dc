import { FUNCTION_TYPE, snapStartEnabled } from './function-facts';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';

/** F22: SnapStart only acts on published versions; without one it does nothing. */
export const SnapStartWithoutVersion: LimitRule = {
  id: 'SnapStartWithoutVersion',
  description: 'A SnapStart function has a published version (AWS::Lambda::Version) in the app; $LATEST never uses the snapshot',
  severity: FindingSeverity.WARNING,
  limitRefs: ['F22'],
  docUrl: DOCS.lambdaSnapStart,
  resourceTypes: [FUNCTION_TYPE],
  relatedTypes: ['AWS::Lambda::Version'],
  check(fn, app) {
    if (!snapStartEnabled(fn)) return [];
    if (app.referrers(fn, 'AWS::Lambda::Version', 'FunctionName').length > 0) return [];
    return [{
      resource: fn,
      property: 'SnapStart.ApplyOn',
      value: 'PublishedVersions with no AWS::Lambda::Version of this function in the app',
      limit: 'at least one published version (and invocations through it or an alias)',
      why: 'SnapStart only works on published versions, so invocations of $LATEST get no faster start; publish a version (e.g. fn.currentVersion) and invoke it through an alias',
    }];
  },
};
