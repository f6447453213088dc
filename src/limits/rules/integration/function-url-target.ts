import { DOCS } from '../../quotas';
import { FindingSeverity, type LimitRule, type RuleFinding } from '../../rule';
import { literalString } from '../../values';

/** A5: a function URL points at the function or an alias, never a version (`Qualifier` is an alias name). */
export const FunctionUrlTarget: LimitRule = {
  id: 'FunctionUrlTarget',
  description: 'A function URL targets a function or an alias, not a version',
  severity: FindingSeverity.ERROR,
  limitRefs: ['A5'],
  docUrl: DOCS.lambdaFunctionUrls,
  resourceTypes: ['AWS::Lambda::Url'],
  relatedTypes: ['AWS::Lambda::Version'],
  check(url, app) {
    const findings: RuleFinding[] = [];
    const target = app.referencedResource(url, url.properties.TargetFunctionArn);
    if (target?.type === 'AWS::Lambda::Version') {
      findings.push({
        resource: url,
        property: 'TargetFunctionArn',
        value: `version ${target.path}`,
        limit: 'a function or an alias',
        why: 'Lambda does not create function URLs for versions; create the URL on an alias that points at the version',
      });
    }
    const qualifier = literalString(url.properties.Qualifier);
    if (qualifier !== undefined && (/^[0-9]+$/.test(qualifier) || qualifier === '$LATEST')) {
      findings.push({
        resource: url,
        property: 'Qualifier',
        value: qualifier,
        limit: 'an alias name',
        why: 'The qualifier of a function URL must be an alias name; version numbers and $LATEST are rejected',
      });
    }
    return findings;
  },
};
