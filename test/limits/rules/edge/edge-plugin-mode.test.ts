import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import { cloudfront, distributionWith, lambda } from './edge-fixtures';
import { LambdaLimitChecks } from '../../../../src';
import { envStack, nodeFunction } from '../../helpers';

interface PluginReport {
  readonly pluginName: string;
  readonly violations: { readonly ruleName: string; readonly description: string }[];
}

/** Synthesizes an app that runs LambdaLimitChecks only as a validation plugin; returns our rule ids and messages. */
function pluginViolations(build: (app: App) => void): { ruleName: string; description: string }[] {
  const app = new App();
  Validations.of(app).addPlugins(new LambdaLimitChecks());
  build(app);
  try {
    app.synth();
  } catch {
    // errors fail synth; the report is written first
  }
  const json = JSON.parse(fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf-8')) as { pluginReports: PluginReport[] };
  return json.pluginReports.find(r => r.pluginName === 'cdk-lambda-patterns')?.violations ?? [];
}

test('the plugin follows an EdgeFunction to us-east-1 and measures its compressed asset from the cloud assembly', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-plugin-'));
  fs.writeFileSync(path.join(dir, 'index.js'), crypto.randomBytes(1024 * 1024 + 4096));
  try {
    const violations = pluginViolations(app => {
      const stack = envStack(app, 'Web');
      const fn = new cloudfront.experimental.EdgeFunction(stack, 'Edge', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromAsset(dir),
        memorySize: 256,
      });
      distributionWith(stack, 'Dist', fn.currentVersion);
    });
    const ids = violations.map(v => v.ruleName).sort();
    expect(ids).toEqual(['cdk-lambda-patterns:EdgeMemorySize', 'cdk-lambda-patterns:EdgePackageSize']);
    expect(violations.find(v => v.ruleName.endsWith('EdgePackageSize'))!.description).toContain('compressed (zip estimate;');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the plugin reports an edge function in an eu-west-1 stack used by a distribution in another stack', () => {
  const violations = pluginViolations(app => {
    const fn = nodeFunction(envStack(app, 'Functions'), 'Fn');
    distributionWith(envStack(app, 'Web'), 'Dist', fn.currentVersion);
  });
  expect(violations.map(v => v.ruleName)).toEqual(['cdk-lambda-patterns:EdgeFunctionRegion']);
});
