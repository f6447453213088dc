import { cfnOf, rawFunction } from './fn-helpers';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionContainerImageProperties';
const IMAGE = { imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/repo:1' };

test('rejects Handler, Runtime and Layers on a container image function with value, limit and link', () => {
  const app = checkedApp();
  rawFunction(envStack(app, 'S'), 'Fn', { packageType: 'Image', code: IMAGE, layers: ['arn:aws:lambda:eu-west-1:123456789012:layer:l:1'] });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.message)).toEqual([
    expect.stringContaining('Handler is set on a container image function'),
    expect.stringContaining('Runtime is set on a container image function'),
    expect.stringContaining('Layers is set on a container image function'),
  ]);
  expect(found[0].message).toContain('aws-resource-lambda-function.html');
});

test('accepts a container image function with none of them, and zip functions with all of them', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  rawFunction(stack, 'Image', { packageType: 'Image', code: IMAGE, runtime: undefined, handler: undefined });
  nodeFunction(stack, 'Zip');
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override that turns an L2 function into an image', () => {
  const app = checkedApp();
  const fn = nodeFunction(envStack(app, 'S'), 'Fn');
  cfnOf(fn).addPropertyOverride('PackageType', 'Image');
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Fn/Resource', '/S/Fn/Resource']);
});
