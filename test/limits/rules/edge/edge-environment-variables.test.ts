import { CfnParameter, Fn } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { cfnFunction, edgeApp, lambda, usEast1Stack } from './edge-fixtures';
import { checkedApp, findingsOf } from '../../helpers';

const RULE = 'EdgeEnvironmentVariables';

test('reports variables added through an escape hatch (the L2 check never sees them)', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Environment.Variables', { STAGE: 'prod' });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].path).toBe('/Edge/Fn/Resource');
  expect(found[0].message).toContain('Environment.Variables is 1 variable(s) (STAGE)');
  expect(found[0].message).toContain('viewer-request on Edge/Dist/Resource');
});

test('reports an all-L1 function, version and distribution', () => {
  const app = checkedApp();
  const stack = usEast1Stack(app);
  const fn = new lambda.CfnFunction(stack, 'Raw', {
    role: 'arn:aws:iam::123456789012:role/r',
    code: { zipFile: 'exports.handler = async () => 1;' },
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    environment: { variables: { A: 'b' } },
  });
  const version = new lambda.CfnVersion(stack, 'RawVersion', { functionName: fn.ref });
  new cloudfront.CfnDistribution(stack, 'RawDist', {
    distributionConfig: {
      enabled: true,
      origins: [{ id: 'o', domainName: 'example.com', customOriginConfig: { originProtocolPolicy: 'https-only' } }],
      defaultCacheBehavior: {
        targetOriginId: 'o',
        viewerProtocolPolicy: 'redirect-to-https',
        lambdaFunctionAssociations: [{ eventType: 'origin-request', lambdaFunctionArn: version.ref }],
      },
    },
  });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/Edge/Raw']);
});

test('accepts an empty variable map', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Environment.Variables', {});
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips variables that are a token', () => {
  const { app, stack, fn } = edgeApp();
  const vars = new CfnParameter(stack, 'Vars');
  cfnFunction(fn).addPropertyOverride('Environment.Variables', Fn.getAtt('Somewhere', vars.valueAsString));
  expect(findingsOf(app, RULE)).toHaveLength(0);
});
