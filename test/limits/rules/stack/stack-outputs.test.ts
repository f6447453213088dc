import { CfnOutput, CfnResource, Stack } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf } from '../../helpers';

const RULE = 'StackOutputs';

function outputs(stack: Stack, count: number): void {
  for (let i = 0; i < count; i++) new CfnOutput(stack, `Out${i}`, { value: `v${i}` });
}

test('reports more than 200 outputs', () => {
  const app = checkedApp();
  outputs(envStack(app, 'S'), 201);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/S');
  expect(found[0].message).toContain('Outputs is 201 outputs; the limit is 200 outputs per stack');
  expect(found[0].message).toContain('cloudformation-limits.html');
});

test('accepts exactly 200 outputs', () => {
  const app = checkedApp();
  outputs(envStack(app, 'S'), 200);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('counts the exports CDK adds for references from another stack', () => {
  const app = checkedApp();
  const producer = envStack(app, 'Producer');
  outputs(producer, 199);
  const consumer = envStack(app, 'Consumer');
  const a = new sqs.Queue(producer, 'A');
  const b = new sqs.Queue(producer, 'B');
  new CfnOutput(consumer, 'UsesA', { value: a.queueArn });
  new CfnOutput(consumer, 'UsesB', { value: b.queueUrl });
  const found = findingsOf(app, RULE);
  expect(found.map(f => f.path)).toEqual(['/Producer']);
  expect(found[0].message).toContain('201 outputs');
});

test('counts outputs whose values are tokens like any other (200 is still accepted)', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const queue = new sqs.Queue(stack, 'Q');
  for (let i = 0; i < 200; i++) new CfnOutput(stack, `Out${i}`, { value: queue.queueArn });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges a stack made of raw L1 resources', () => {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  new CfnResource(stack, 'Anything', { type: 'AWS::SQS::Queue' });
  outputs(stack, 250);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
