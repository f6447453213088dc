import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { checkedApp, envStack, findingsOf, nodeFunction } from '../../helpers';
import { tokenNumber, tokenString } from '../sqs/fixtures';

function setup() {
  const app = checkedApp();
  const stack = envStack(app, 'S');
  const fn = nodeFunction(stack, 'Fn');
  const v1 = new lambda.Version(stack, 'V1', { lambda: fn });
  const v2 = new lambda.Version(stack, 'V2', { lambda: fn });
  const v3 = new lambda.Version(stack, 'V3', { lambda: fn });
  return { app, stack, fn, v1, v2, v3 };
}

function rawAlias(stack: Stack, id: string, fn: lambda.IFunction, functionVersion: string,
  weights: lambda.CfnAlias.VersionWeightProperty[]) {
  return new lambda.CfnAlias(stack, id, {
    functionName: fn.functionName,
    functionVersion,
    name: id.toLowerCase(),
    routingConfig: { additionalVersionWeights: weights },
  });
}

describe('AliasAdditionalVersions', () => {
  const RULE = 'AliasAdditionalVersions';
  test('rejects two additional versions on an L2 alias', () => {
    const { app, stack, v1, v2, v3 } = setup();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }, { version: v3, weight: 0.1 }] });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Live/Resource']);
    expect(found[0].message).toContain('RoutingConfig.AdditionalVersionWeights is 2 entries');
  });
  test('accepts one, skips a list that is a token', () => {
    const { app, stack, fn, v1, v2 } = setup();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }] });
    new lambda.CfnAlias(stack, 'Token', {
      functionName: fn.functionName,
      functionVersion: '1',
      name: 'token',
      routingConfig: { additionalVersionWeights: tokenString(stack, 'W') as unknown as lambda.CfnAlias.VersionWeightProperty[] },
    });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges a raw L1 alias and an escape-hatch override', () => {
    const { app, stack, fn, v1, v2 } = setup();
    rawAlias(stack, 'Raw', fn, '1', [{ functionVersion: '2', functionWeight: 0.1 }, { functionVersion: '3', functionWeight: 0.1 }]);
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }] });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('RoutingConfig.AdditionalVersionWeights.1', { FunctionVersion: '3', FunctionWeight: 0.2 });
    expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/S/Live/Resource', '/S/Raw']);
  });
});

describe('AliasVersionWeight and AliasVersionWeightSum', () => {
  test('reject a weight above 1 or below 0, and weights adding up to more than 1', () => {
    const { app, stack, fn } = setup();
    rawAlias(stack, 'High', fn, '1', [{ functionVersion: '2', functionWeight: 1.01 }]);
    rawAlias(stack, 'Negative', fn, '1', [{ functionVersion: '2', functionWeight: -0.1 }]);
    rawAlias(stack, 'Sum', fn, '1', [{ functionVersion: '2', functionWeight: 0.6 }, { functionVersion: '3', functionWeight: 0.5 }]);
    expect(findingsOf(app, 'AliasVersionWeight').map(f => f.path).sort()).toEqual(['/S/High', '/S/Negative']);
    const sum = findingsOf(app, 'AliasVersionWeightSum');
    expect(sum.map(f => f.path)).toEqual(['/S/Sum']);
    expect(sum[0].message).toContain('weights adding up to 1.1');
  });
  test('accept the edges 0 and 1 and a sum of exactly 1, skip tokens', () => {
    const { app, stack, fn } = setup();
    rawAlias(stack, 'Zero', fn, '1', [{ functionVersion: '2', functionWeight: 0 }]);
    rawAlias(stack, 'One', fn, '1', [{ functionVersion: '2', functionWeight: 1 }]);
    rawAlias(stack, 'Sum', fn, '1', [{ functionVersion: '2', functionWeight: 0.3 }, { functionVersion: '3', functionWeight: 0.7 }]);
    rawAlias(stack, 'Token', fn, '1', [{ functionVersion: '2', functionWeight: tokenNumber(stack, 'W') }, { functionVersion: '3', functionWeight: 0.9 }]);
    expect(findingsOf(app, 'AliasVersionWeight')).toHaveLength(0);
    expect(findingsOf(app, 'AliasVersionWeightSum')).toHaveLength(0);
  });
  test('judge an escape-hatch override of an L2 alias', () => {
    const { app, stack, v1, v2 } = setup();
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }] });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('RoutingConfig.AdditionalVersionWeights.0.FunctionWeight', 2);
    expect(findingsOf(app, 'AliasVersionWeight').map(f => f.path)).toEqual(['/S/Live/Resource']);
  });
});

describe('AliasLatestVersion', () => {
  const RULE = 'AliasLatestVersion';
  test('rejects routing to $LATEST through the L2 alias', () => {
    const { app, stack, fn, v1 } = setup();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: fn.latestVersion, weight: 0.1 }] });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Live/Resource']);
    expect(found[0].message).toContain('RoutingConfig.AdditionalVersionWeights[0].FunctionVersion is "$LATEST"');
  });
  test('rejects a routed alias whose primary version is $LATEST', () => {
    const { app, stack, fn } = setup();
    rawAlias(stack, 'Raw', fn, '$LATEST', [{ functionVersion: '2', functionWeight: 0.5 }]);
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
  });
  test('accepts an alias of $LATEST without routing and routing between published versions; skips tokens', () => {
    const { app, stack, fn, v1, v2 } = setup();
    new lambda.CfnAlias(stack, 'Plain', { functionName: fn.functionName, functionVersion: '$LATEST', name: 'plain' });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.5 }] });
    rawAlias(stack, 'Token', fn, tokenString(stack, 'V'), [{ functionVersion: tokenString(stack, 'W'), functionWeight: 0.5 }]);
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges an escape-hatch override', () => {
    const { app, stack, v1, v2 } = setup();
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }] });
    (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('RoutingConfig.AdditionalVersionWeights.0.FunctionVersion', '$LATEST');
    expect(findingsOf(app, RULE)).toHaveLength(1);
  });
});

describe('AliasRoutedVersionConfig', () => {
  const RULE = 'AliasRoutedVersionConfig';
  test('rejects routing between versions of functions with different roles and DLQs, once on the alias', () => {
    const { app, stack, fn, v1 } = setup();
    const other = nodeFunction(stack, 'Other', { deadLetterQueue: new sqs.Queue(stack, 'Dlq') });
    const otherVersion = new lambda.Version(stack, 'OtherV', { lambda: other });
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: otherVersion, weight: 0.1 }] });
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Live/Resource']);
    expect(found[0].level).toBe('error');
    expect(found[0].message).toContain('version S/OtherV/Resource of function S/Other/Resource, whose execution role');
    expect(found[0].message).toContain('and dead-letter queue');
    expect(found[0].message).toContain(`differ from version S/V1/Resource of function ${fn.node.path}/Resource`);
  });
  test('accepts versions of one function, and of functions sharing role and DLQ settings', () => {
    const { app, stack, fn, v1, v2 } = setup();
    new lambda.Alias(stack, 'Live', { aliasName: 'live', version: v1, additionalVersions: [{ version: v2, weight: 0.1 }] });
    const twin = nodeFunction(stack, 'Twin', { role: fn.role });
    new lambda.Alias(stack, 'TwinAlias', { aliasName: 'twin', version: v1, additionalVersions: [{ version: new lambda.Version(stack, 'TwinV', { lambda: twin }), weight: 0.1 }] });
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('skips a role that is a token and literal version numbers', () => {
    const { app, stack, fn, v1 } = setup();
    const tokenRole = new lambda.CfnFunction(stack, 'TokenRole', {
      role: tokenString(stack, 'Role'), code: { zipFile: 'x' }, runtime: 'nodejs22.x', handler: 'index.handler',
    });
    const tokenVersion = new lambda.CfnVersion(stack, 'TokenV', { functionName: tokenRole.ref });
    rawAlias(stack, 'Raw', fn, v1.version, [{ functionVersion: tokenVersion.attrVersion, functionWeight: 0.1 }]);
    rawAlias(stack, 'Literal', fn, '1', [{ functionVersion: '2', functionWeight: 0.1 }]);
    expect(findingsOf(app, RULE)).toHaveLength(0);
  });
  test('judges raw L1 versions and an escape-hatch override of the DLQ', () => {
    const { app, stack, fn, v1 } = setup();
    const twin = nodeFunction(stack, 'Twin', { role: fn.role });
    (twin.node.defaultChild as lambda.CfnFunction).addPropertyOverride('DeadLetterConfig', { TargetArn: 'arn:aws:sqs:eu-west-1:123456789012:dlq' });
    const twinVersion = new lambda.CfnVersion(stack, 'TwinV', { functionName: twin.functionName });
    rawAlias(stack, 'Raw', fn, v1.version, [{ functionVersion: twinVersion.attrVersion, functionWeight: 0.1 }]);
    const found = findingsOf(app, RULE);
    expect(found.map(f => f.path)).toEqual(['/S/Raw']);
    expect(found[0].message).toContain('dead-letter queue (arn:aws:sqs:eu-west-1:123456789012:dlq vs none)');
  });
  test('follows versions in another stack', () => {
    const app = checkedApp();
    const a = envStack(app, 'A');
    const b = envStack(app, 'B');
    const v1 = new lambda.Version(a, 'V1', { lambda: nodeFunction(a, 'Fn') });
    const v2 = new lambda.Version(a, 'V2', { lambda: nodeFunction(a, 'Other') });
    new lambda.CfnAlias(b, 'Live', {
      functionName: v1.lambda.functionName,
      functionVersion: v1.version,
      name: 'live',
      routingConfig: { additionalVersionWeights: [{ functionVersion: v2.version, functionWeight: 0.5 }] },
    });
    expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/B/Live']);
  });
});
