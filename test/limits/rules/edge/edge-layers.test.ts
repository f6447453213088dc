import { CfnParameter, Fn } from 'aws-cdk-lib';
import { cfnFunction, edgeApp, lambda } from './edge-fixtures';
import { findingsOf } from '../../helpers';

const RULE = 'EdgeLayers';
const LAYER = 'arn:aws:lambda:us-east-1:123456789012:layer:deps:1';

test('reports a layer on an edge function made with the L2', () => {
  const { app, stack, fn } = edgeApp();
  fn.addLayers(lambda.LayerVersion.fromLayerVersionArn(stack, 'Layer', LAYER));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Layers is 1 layer(s); the limit is no layers');
});

test('accepts a function without layers', () => {
  const { app } = edgeApp();
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a layer list that is a token', () => {
  const { app, stack, fn } = edgeApp();
  const layers = new CfnParameter(stack, 'Layers');
  cfnFunction(fn).addPropertyOverride('Layers', Fn.split(',', layers.valueAsString));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Layers', [LAYER]);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
