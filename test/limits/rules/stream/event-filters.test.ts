import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { rawKinesisMapping, rawSqsMapping, tokenString } from '../sqs/fixtures';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  return { app, stack, fn: nodeFunction(stack, 'Fn') };
}
const filters = (n: number) => Array.from({ length: n }, (_, i) => ({ pattern: JSON.stringify({ body: { n: [i] } }) }));

describe('EventFilterCount', () => {
  const RULE = 'EventFilterCount';
  test('warns above the default quota of 5 and errs above the schema maximum of 20', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Six', fn, { filterCriteria: { filters: filters(6) } });
    rawKinesisMapping(stack, 'TwentyOne', fn, { filterCriteria: { filters: filters(21) } });
    const found = findingsOf(app, RULE);
    expect(found.find(f => f.path === '/S/Six')!.level).toBe('warning');
    expect(found.find(f => f.path === '/S/TwentyOne')!.level).toBe('error');
    expect(found).toHaveLength(2);
  });
  test('accepts 5 filters; skips a token list', () => {
    const { app, stack, fn } = setup();
    fn.addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Q'), {
      filters: Array.from({ length: 5 }, (_, i) => lambda.FilterCriteria.filter({ body: { n: lambda.FilterRule.isEqual(i) } })),
    }));
    rawSqsMapping(stack, 'Token', fn, { filterCriteria: { filters: tokenString(stack, 'F') as unknown as lambda.CfnEventSourceMapping.FilterProperty[] } });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    rawSqsMapping(stack, 'Raw', fn).addPropertyOverride('FilterCriteria.Filters', filters(7).map(f => ({ Pattern: f.pattern })));
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
  });
});

describe('EventFilterPatternLength', () => {
  const RULE = 'EventFilterPatternLength';
  const pattern = (length: number) => {
    const base = JSON.stringify({ body: { k: [''] } });
    return JSON.stringify({ body: { k: ['x'.repeat(length - base.length)] } });
  };
  test('rejects a pattern of 4,097 characters, accepts 4,096, skips a token', () => {
    const { app, stack, fn } = setup();
    expect(pattern(4097)).toHaveLength(4097);
    rawSqsMapping(stack, 'Over', fn, { filterCriteria: { filters: [{ pattern: pattern(4096) }, { pattern: pattern(4097) }] } });
    rawSqsMapping(stack, 'Edge', fn, { filterCriteria: { filters: [{ pattern: pattern(4096) }] } });
    rawSqsMapping(stack, 'Token', fn, { filterCriteria: { filters: [{ pattern: tokenString(stack, 'P') }] } });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Over']);
    expect(found[0].message).toContain('FilterCriteria.Filters[1].Pattern is 4,097 characters');
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, fn } = setup();
    rawKinesisMapping(stack, 'Raw', fn).addPropertyOverride('FilterCriteria', { Filters: [{ Pattern: pattern(5000) }] });
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});
