import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalArray } from '../../values';

/** E7: Lambda@Edge functions run on x86_64. */
export const EdgeArchitecture: LimitRule = {
  id: 'EdgeArchitecture',
  description: 'A Lambda@Edge function uses the x86_64 architecture (not arm64)',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E7'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const architectures = literalArray(fn.properties.Architectures) ?? [];
    if (!architectures.includes('arm64')) return [];
    return [{
      resource: fn,
      property: 'Architectures',
      value: 'arm64',
      limit: 'x86_64',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}); CloudFront reports "Lambda@Edge does not support functions with an architecture of arm64"`,
    }];
  },
};
