import { describeAssociation } from './edge-associations';
import { DOCS, EDGE } from '../../quotas';
import { edgeAssociationRule } from '../rule-builders';

/** E1: a Lambda@Edge function lives in us-east-1. */
export const EdgeFunctionRegion = edgeAssociationRule({
  id: 'EdgeFunctionRegion',
  description: `A Lambda@Edge function (the version a distribution associates) is in ${EDGE.region}`,
  limitRefs: ['E1'],
  docUrl: DOCS.edgeRestrictions,
  judge(association) {
    const region = association.target.region;
    if (region === undefined || region === EDGE.region) return undefined;
    return {
      property: `${association.property}.LambdaFunctionARN`,
      value: `${association.target.description} in ${region}`,
      limit: `a function in ${EDGE.region} (US East, N. Virginia)`,
      why: `CloudFront replicates Lambda@Edge functions only from ${EDGE.region}, so the association for ${describeAssociation(association)} fails to deploy; define the function with cloudfront.experimental.EdgeFunction or in a ${EDGE.region} stack`,
    };
  },
});
