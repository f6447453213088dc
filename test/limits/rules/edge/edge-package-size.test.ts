import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnParameter } from 'aws-cdk-lib';
import { cfnFunction, cloudfront, edgeApp, lambda } from './edge-fixtures';
import { findingsOf } from '../../helpers';

const RULE = 'EdgePackageSize';
const MB = 1024 * 1024;

const created: string[] = [];
afterAll(() => created.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

/** A directory holding one file of `size` bytes: random (incompressible) or zeros. */
function assetDir(size: number, random: boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-pkg-'));
  created.push(dir);
  fs.writeFileSync(path.join(dir, 'index.js'), random ? crypto.randomBytes(size) : Buffer.alloc(size));
  return dir;
}

test('reports a viewer-request package whose compressed size is above 1 MB', () => {
  const { app } = edgeApp({ code: lambda.Code.fromAsset(assetDir(MB + 4096, true)) });
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].level).toBe('error');
  expect(found[0].message).toContain('Code.S3Key is');
  expect(found[0].message).toContain('1,048,576 bytes for viewer-request Lambda@Edge triggers');
  expect(found[0].message).toContain('compressed (zip estimate;');
});

test('accepts a package of exactly 1 MB unzipped on a viewer trigger', () => {
  const { app } = edgeApp({ code: lambda.Code.fromAsset(assetDir(MB, true)) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts a package above 1 MB unzipped that compresses below it', () => {
  const { app } = edgeApp({ code: lambda.Code.fromAsset(assetDir(2 * MB, false)) });
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('accepts the same incompressible package on an origin trigger (50 MB)', () => {
  const { app } = edgeApp({ code: lambda.Code.fromAsset(assetDir(MB + 4096, true)) }, cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('skips code whose location is a token', () => {
  const { app, stack, fn } = edgeApp({ code: lambda.Code.fromAsset(assetDir(MB + 4096, true)) });
  const key = new CfnParameter(stack, 'Key');
  cfnFunction(fn).addPropertyOverride('Code.S3Key', key.valueAsString);
  expect(findingsOf(app, RULE)).toHaveLength(0);
});

test('judges inline code set through an escape hatch', () => {
  const { app, fn } = edgeApp();
  cfnFunction(fn).addPropertyOverride('Code.ZipFile', crypto.randomBytes(MB + MB / 2).toString('base64'));
  const found = findingsOf(app, RULE);
  expect(found).toHaveLength(1);
  expect(found[0].message).toContain('Code.ZipFile is');
});
