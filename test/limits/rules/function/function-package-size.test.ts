import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, AssetHashType, Aspects } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import type { Construct } from 'constructs';
import { rawFunction } from './fn-helpers';
import { LambdaLimitChecks } from '../../../../src';
import { envStack, findingsOf, nodeFunction } from '../../helpers';

const RULE = 'FunctionPackageSize';
const MB = 1024 * 1024;
const LIMIT = 250 * MB; // 262,144,000 bytes
const dirs: string[] = [];

/** A directory holding one sparse file of `bytes` bytes (cheap to make, measured by its apparent size). */
function sizedDir(bytes: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-size-'));
  dirs.push(dir);
  const file = path.join(dir, 'payload.bin');
  fs.writeFileSync(file, '');
  fs.truncateSync(file, bytes);
  return dir;
}

let hashes = 0;
/** Asset options that skip fingerprinting a large directory (a unique custom hash instead). */
function cheap(): { assetHash: string; assetHashType: AssetHashType } {
  hashes++;
  return { assetHash: `package-size-test-${hashes}`, assetHashType: AssetHashType.CUSTOM };
}

/** An app with LambdaLimitChecks whose assets are measured in place, not copied (no 250 MB copies in tests). */
function appWithChecks(): App {
  const app = new App({ context: { 'aws:cdk:disable-asset-staging': true } });
  Aspects.of(app).add(new LambdaLimitChecks());
  return app;
}

function assetFunction(scope: Construct, id: string, dir: string, layers: lambda.ILayerVersion[] = []): lambda.Function {
  return nodeFunction(scope, id, { code: lambda.Code.fromAsset(dir, cheap()), layers });
}

function layer(scope: Construct, id: string, dir: string): lambda.LayerVersion {
  return new lambda.LayerVersion(scope, id, { code: lambda.Code.fromAsset(dir, cheap()) });
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

test('rejects code plus layers one byte over 250 MB unzipped, with value, limit and link', () => {
  const app = appWithChecks();
  const stack = envStack(app, 'S');
  assetFunction(stack, 'Fn', sizedDir(LIMIT - 50 * MB + 1), [layer(stack, 'Layer', sizedDir(50 * MB))]);
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].path).toBe('/S/Fn/Resource');
  expect(found[0].message).toContain('Code.S3Key is 262,144,001 bytes (250.0 MB) unzipped');
  expect(found[0].message).toContain('layer S/Layer/Resource 52,428,800 bytes');
  expect(found[0].message).toContain('262,144,000 bytes (250.0 MB) unzipped, function code and all layers together');
  expect(found[0].message).toContain('gettingstarted-limits.html');
});

test('accepts code plus layers of exactly 250 MB', () => {
  const app = appWithChecks();
  const stack = envStack(app, 'S');
  assetFunction(stack, 'Fn', sizedDir(LIMIT - 50 * MB), [layer(stack, 'Layer', sizedDir(50 * MB))]);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('rejects a 260 MB function alone, and counts a layer defined in another stack of the app', () => {
  const app = appWithChecks();
  const alone = envStack(app, 'Alone');
  assetFunction(alone, 'Fn', sizedDir(260 * MB));
  const layers = envStack(app, 'Layers');
  const shared = layer(layers, 'Shared', sizedDir(200 * MB));
  assetFunction(envStack(app, 'Functions'), 'Fn', sizedDir(60 * MB), [shared]);
  expect(findingsOf(app, RULE).map(f => f.path).sort()).toEqual(['/Alone/Fn/Resource', '/Functions/Fn/Resource']);
});

test('skips code that is not an asset of the app (a token key, an S3 object, a container image)', () => {
  const app = appWithChecks();
  const stack = envStack(app, 'S');
  const params = lambda.Code.fromCfnParameters();
  nodeFunction(stack, 'Params', { code: params });
  rawFunction(stack, 'S3', { code: { s3Bucket: 'bucket', s3Key: 'huge.zip' } });
  rawFunction(stack, 'Image', { packageType: 'Image', code: { imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/r:1' }, runtime: undefined, handler: undefined });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges a raw L1 function whose S3Key is a large staged asset of the app', () => {
  const app = appWithChecks();
  const stack = envStack(app, 'S');
  const asset = new s3assets.Asset(stack, 'Big', { path: sizedDir(LIMIT + 1), ...cheap() });
  rawFunction(stack, 'Raw', { code: { s3Bucket: asset.s3BucketName, s3Key: asset.s3ObjectKey } });
  expect(findingsOf(app, RULE).map(f => f.path)).toEqual(['/S/Raw']);
});
