import { DOCS } from '../../quotas';
import { literalString, propertyAt } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E6: Lambda@Edge functions are .zip packages, not container images. */
export const EdgeContainerImage = edgeRestrictionRule({
  id: 'EdgeContainerImage',
  description: 'A Lambda@Edge function is a .zip package, not a container image',
  limitRefs: ['E6'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const isImage = literalString(fn.properties.PackageType) === 'Image' || propertyAt(fn.properties, 'Code.ImageUri') !== undefined;
    if (!isImage) return undefined;
    return {
      property: 'PackageType',
      value: 'Image',
      limit: 'Zip',
      because: ', which does not support container images',
    };
  },
});
