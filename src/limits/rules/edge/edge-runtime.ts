import { associationsOfFunction, describeUse, EDGE_LINK_TYPES } from './edge-associations';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** E10: Lambda@Edge supports Node.js and Python managed runtimes only. */
export const EdgeRuntime: LimitRule = {
  id: 'EdgeRuntime',
  description: 'A Lambda@Edge function uses a Node.js or Python runtime',
  severity: FindingSeverity.ERROR,
  limitRefs: ['E10'],
  docUrl: DOCS.edgeRestrictions,
  resourceTypes: ['AWS::Lambda::Function'],
  relatedTypes: EDGE_LINK_TYPES,
  check(fn, app) {
    const associations = associationsOfFunction(app, fn);
    if (associations.length === 0) return [];
    const runtime = literalString(fn.properties.Runtime);
    if (runtime === undefined || EDGE.runtimePrefixes.some(prefix => runtime.startsWith(prefix))) return [];
    return [{
      resource: fn,
      property: 'Runtime',
      value: runtime,
      limit: 'a Node.js (nodejs*) or Python (python*) managed runtime',
      why: `The function runs as Lambda@Edge (${describeUse(associations)}), which supports only Node.js and Python runtimes`,
    }];
  },
};
