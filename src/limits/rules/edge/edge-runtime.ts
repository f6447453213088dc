import { DOCS, EDGE } from '../../quotas';
import { literalString } from '../../values';
import { edgeRestrictionRule } from '../rule-builders';

/** E10: Lambda@Edge supports Node.js and Python managed runtimes only. */
export const EdgeRuntime = edgeRestrictionRule({
  id: 'EdgeRuntime',
  description: 'A Lambda@Edge function uses a Node.js or Python runtime',
  limitRefs: ['E10'],
  docUrl: DOCS.edgeRestrictions,
  judge(fn) {
    const runtime = literalString(fn.properties.Runtime);
    if (runtime === undefined || EDGE.runtimePrefixes.some(prefix => runtime.startsWith(prefix))) return undefined;
    return {
      property: 'Runtime',
      value: runtime,
      limit: 'a Node.js (nodejs*) or Python (python*) managed runtime',
      because: ', which supports only Node.js and Python runtimes',
    };
  },
});
