import { describeAssociation, EdgeTargetKind } from './edge-associations';
import { DOCS } from '../../quotas';
import { edgeAssociationRule } from '../rule-builders';

const WHAT: { readonly [kind: string]: string } = {
  [EdgeTargetKind.ALIAS]: 'an alias',
  [EdgeTargetKind.LATEST]: '$LATEST',
  [EdgeTargetKind.UNQUALIFIED]: 'an unqualified function ARN ($LATEST)',
};

/** E2: a distribution associates a numbered version, never `$LATEST` or an alias. */
export const EdgeFunctionVersion = edgeAssociationRule({
  id: 'EdgeFunctionVersion',
  description: 'A Lambda@Edge association names a numbered function version, not $LATEST or an alias',
  limitRefs: ['E2'],
  docUrl: DOCS.edgeRestrictions,
  judge(association) {
    const what = WHAT[association.target.kind];
    if (what === undefined) return undefined;
    return {
      property: `${association.property}.LambdaFunctionARN`,
      value: `${association.target.description} (${what})`,
      limit: 'a numbered version (e.g. lambda.Version or fn.currentVersion)',
      why: `Lambda@Edge runs only published, numbered versions, so the association for ${describeAssociation(association)} fails to deploy`,
    };
  },
});
