import { CfnParameter, Duration, Token } from 'aws-cdk-lib';
import { cfnFunction, cloudfront, distributionWith, edgeApp, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'EdgeTimeout';

test('reports a viewer-request timeout above 5 s', () => {
  const { app } = edgeApp({ timeout: Duration.seconds(6) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Timeout is 6 s');
  expect(found[0].message).toContain('5 s for viewer-request Lambda@Edge triggers');
});

test('reports an origin-response timeout above 30 s', () => {
  const { app } = edgeApp({ timeout: Duration.seconds(31) }, cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('30 s for origin-response');
});

test.each([
  [5, cloudfront.LambdaEdgeEventType.VIEWER_REQUEST],
  [30, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST],
])('accepts %d s on %s', (timeout, eventType) => {
  const { app } = edgeApp({ timeout: Duration.seconds(timeout) }, eventType);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips a timeout that is a token', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const timeout = new CfnParameter(stack, 'Timeout', { type: 'Number' });
  const fn = nodeFunction(stack, 'Fn', { timeout: Duration.seconds(Token.asNumber(timeout.value)) });
  distributionWith(stack, 'Dist', fn.currentVersion);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges an escape-hatch override', () => {
  const { app, fn } = edgeApp({ timeout: Duration.seconds(5) });
  cfnFunction(fn).addPropertyOverride('Timeout', 10);
  expect(findingsOf(app, RULE)).toHaveLength(1);
});
