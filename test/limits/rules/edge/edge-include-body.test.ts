import { CfnParameter } from 'aws-cdk-lib';
import { cfnDistribution, cloudfront, distributionWith, edgeApp } from './edge-fixtures';
import { findingsOf } from '../../helpers';

const RULE = 'EdgeIncludeBody';
const ASSOCIATION = 'DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations.0';

test('reports IncludeBody on a viewer-response association made through an escape hatch', () => {
  const { app, distribution } = edgeApp({}, cloudfront.LambdaEdgeEventType.VIEWER_RESPONSE);
  cfnDistribution(distribution).addPropertyOverride(`${ASSOCIATION}.IncludeBody`, true);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain(`${ASSOCIATION}.IncludeBody is true on a viewer-response association`);
  expect(found[0].message).toContain('viewer-request or origin-request');
});

test.each([cloudfront.LambdaEdgeEventType.VIEWER_REQUEST, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST])('accepts IncludeBody on %s', (eventType) => {
  const { app, stack, fn } = edgeApp();
  distributionWith(stack, 'WithBody', fn.currentVersion, eventType, true);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips an event type that is a token', () => {
  const { app, stack, distribution } = edgeApp({}, cloudfront.LambdaEdgeEventType.ORIGIN_RESPONSE);
  const eventType = new CfnParameter(stack, 'EventType');
  cfnDistribution(distribution).addPropertyOverride(`${ASSOCIATION}.IncludeBody`, true);
  cfnDistribution(distribution).addPropertyOverride(`${ASSOCIATION}.EventType`, eventType.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
