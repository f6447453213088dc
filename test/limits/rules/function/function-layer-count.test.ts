import * as lambda from 'aws-cdk-lib/aws-lambda';
import { cfnOf, rawFunction, stringToken } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionLayerCount';
const layerArns = (n: number): string[] => Array.from({ length: n }, (_, i) => `arn:aws:lambda:eu-west-1:123456789012:layer:l${i}:1`);

test('rejects 6 layers on a raw L1 function with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { layers: layerArns(6) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Layers is 6 layers');
  expect(found[0].message).toContain('5 layers per function');
  expect(found[0].message).toContain('adding-layers.html');
});

test('accepts exactly 5 layers', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const layers = layerArns(5).map((arn, i) => lambda.LayerVersion.fromLayerVersionArn(stack, `L${i}`, arn));
  nodeFunction(stack, 'Fn', { layers });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a layer list that is a token', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  cfnOf(fn).addPropertyOverride('Layers', { 'Fn::Split': [',', stringToken(stack)] });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override of an L2 function', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('Layers', layerArns(7));
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource']);
});
