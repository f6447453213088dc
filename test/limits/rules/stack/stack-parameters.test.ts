import { CfnParameter, Stack } from 'aws-cdk-lib';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'StackParameters';

function parameters(stack: Stack, count: number): void {
  for (let i = 0; i < count; i++) new CfnParameter(stack, `P${i}`, { type: 'String', default: 'x' });
}

test('reports more than 200 parameters', () => {
  const app = checkedApp();
  parameters(envStack(app, 'S'), 201);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S');
  expect(found[0].message).toContain('Parameters is 201 parameters; the limit is 200 parameters per stack');
});

test('accepts exactly 200 parameters', () => {
  const app = checkedApp();
  parameters(envStack(app, 'S'), 200);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges each stack of an app on its own', () => {
  const app = checkedApp();
  parameters(envStack(app, 'A'), 150);
  parameters(envStack(app, 'B'), 150);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
