import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString, propertyAt } from '../../values';

/** E6: Lambda@Edge functions are .zip packages, not container images. */
export const EdgeContainerImage: LimitRule = {
  id: 'EdgeContainerImage',
  description: 'A Lambda@Edge function is a .zip package, not a container image',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E6'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const isImage = literalString(fn.properties.PackageType) === 'Image' || propertyAt(fn.properties, 'Code.ImageUri') !== undefined;
    if (!isImage) return [];
    return [{
      resource: fn,
      property: 'PackageType',
      value: 'Image',
      limit: 'Zip',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which does not support container images`,
    }];
  },
};
