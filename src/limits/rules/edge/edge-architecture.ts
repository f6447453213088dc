import { DOCS } from '../../quotas';
import { literalArray } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E7: Lambda@Edge functions run on x86_64. */
export const EdgeArchitecture = edgeRestrictionRule({
  id: 'EdgeArchitecture',
  description: 'A Lambda@Edge function uses the x86_64 architecture (not arm64)',
  limitRefs: ['E7'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const architectures = literalArray(fn.properties.Architectures) ?? [];
    if (!architectures.includes('arm64')) return undefined;
    return {
      property: 'Architectures',
      value: 'arm64',
      limit: 'x86_64',
      because: '; CloudFront reports "Lambda@Edge does not support functions with an architecture of arm64"',
    };
  },
});
