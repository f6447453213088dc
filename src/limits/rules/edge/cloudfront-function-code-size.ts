import { fmt } from '../../engine';
import { DOCS, EDGE } from '../../quotas';
import { FindingSeverity, type LimitRule } from '../../rule';
import { literalString } from '../../values';

/** CF1: CloudFront Functions code is at most 10 KB. */
export const CloudFrontFunctionCodeSize: LimitRule = {
  id: 'CloudFrontFunctionCodeSize',
  description: `CloudFront Function code is at most ${fmt(EDGE.cloudFrontFunctionMaxCodeBytes)} bytes (10 KB, UTF-8)`,
  severity: FindingSeverity.ERROR,
  limitRefs: ['CF1'],
  docUrl: DOCS.cloudFrontFunctionQuotas,
  resourceTypes: ['AWS::CloudFront::Function'],
  check(fn) {
    const code = literalString(fn.properties.FunctionCode);
    if (code === undefined) return [];
    const size = Buffer.byteLength(code, 'utf-8');
    if (size <= EDGE.cloudFrontFunctionMaxCodeBytes) return [];
    return [{
      resource: fn,
      property: 'FunctionCode',
      value: `${fmt(size)} bytes (UTF-8)`,
      limit: `${fmt(EDGE.cloudFrontFunctionMaxCodeBytes)} bytes`,
      why: 'CloudFront rejects the function with FunctionSizeLimitExceeded; move logic to Lambda@Edge or data to a KeyValueStore',
    }];
  },
};
