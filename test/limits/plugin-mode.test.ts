import * as fs from 'fs';
import * as path from 'path';
import { App, Validations } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { envStack, nodeFunction } from './helpers';
import { LambdaLimitChecks, LimitSeverity, type LambdaLimitChecksProps } from '../../src';

interface ReportViolation {
  readonly ruleName: string;
  readonly severity?: string;
  readonly description: string;
  readonly violatingConstructs: { readonly constructPath: string }[];
}
interface PluginReport {
  readonly pluginName: string;
  readonly conclusion: string;
  readonly violations: ReportViolation[];
}

/** An app whose only validation is LambdaLimitChecks as a validation plugin. */
function pluginApp(props?: LambdaLimitChecksProps): App {
  const app = new App();
  Validations.of(app).addPlugins(new LambdaLimitChecks(props));
  return app;
}

/** Synthesizes; returns the error synth threw (if any) and our plugin's report from validation-report.json. */
function synthWithPlugin(app: App): { error?: Error; report?: PluginReport } {
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  const file = path.join(app.outdir, 'validation-report.json');
  if (!fs.existsSync(file)) return { error };
  const json = JSON.parse(fs.readFileSync(file, 'utf-8')) as { pluginReports: PluginReport[] };
  return { error, report: json.pluginReports.find(r => r.pluginName === 'cdk-lambda-patterns') };
}

test('reports an error finding for a bad function and makes synth fail', () => {
  const app = pluginApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize: 20_000 });
  const { error, report } = synthWithPlugin(app);
  expect(error?.message).toContain('[cdk-lambda-patterns:FunctionMemorySize] S/Fn/Resource: MemorySize is 20000 MB');
  expect(report?.conclusion).toBe('failure');
  expect(report?.violations).toEqual([
    expect.objectContaining({
      ruleName: 'cdk-lambda-patterns:FunctionMemorySize',
      severity: 'error',
      description: expect.stringContaining('https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html'),
      violatingConstructs: [expect.objectContaining({ constructPath: 'S/Fn/Resource' })],
    }),
  ]);
});

test('follows references across stacks (provisioned concurrency in another stack than a SnapStart function)', () => {
  const app = pluginApp();
  const functions = envStack(app, 'Functions');
  const fn = new lambda.Function(functions, 'Fn', {
    runtime: lambda.Runtime.JAVA_21,
    handler: 'example.Handler::handleRequest',
    code: lambda.Code.fromBucket(s3.Bucket.fromBucketName(functions, 'Code', 'code-bucket'), 'code.zip'),
    snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  });
  const traffic = envStack(app, 'Traffic');
  new lambda.Alias(traffic, 'Live', { aliasName: 'live', version: new lambda.Version(traffic, 'V', { lambda: fn }), provisionedConcurrentExecutions: 2 });
  nodeFunction(traffic, 'Big', { environment: { AB: 'x'.repeat(5000) } });
  const { error, report } = synthWithPlugin(app);
  expect(error).toBeDefined();
  expect(report?.violations.map(v => [v.ruleName, v.violatingConstructs[0].constructPath]).sort()).toEqual([
    ['cdk-lambda-patterns:FunctionEnvironmentSize', 'Traffic/Big/Resource'],
    ['cdk-lambda-patterns:SnapStartProvisionedConcurrency', 'Traffic/Live/Resource'],
  ]);
});

test('reports nothing for a good function, and synth succeeds', () => {
  const app = pluginApp();
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize: 1024 });
  const { error, report } = synthWithPlugin(app);
  expect(error).toBeUndefined();
  expect(report?.violations ?? []).toEqual([]);
});

test('severityOverrides turns an error into a warning that does not fail synth', () => {
  const app = pluginApp({ severityOverrides: { 'cdk-lambda-patterns:FunctionMemorySize': LimitSeverity.WARNING } });
  nodeFunction(envStack(app, 'S'), 'Fn', { memorySize: 20_000 });
  const { error, report } = synthWithPlugin(app);
  expect(error).toBeUndefined();
  expect(report?.violations.map(v => [v.ruleName, v.severity])).toEqual([['cdk-lambda-patterns:FunctionMemorySize', 'warning']]);
});

test('disabledRules and LimitSeverity.OFF turn rules off', () => {
  const disabled = pluginApp({ disabledRules: ['FunctionMemorySize'] });
  nodeFunction(envStack(disabled, 'S'), 'Fn', { memorySize: 20_000 });
  const first = synthWithPlugin(disabled);
  expect(first.error).toBeUndefined();
  expect(first.report?.violations ?? []).toEqual([]);

  const off = pluginApp({ severityOverrides: { FunctionTimeout: LimitSeverity.OFF } });
  const fn = nodeFunction(envStack(off, 'S'), 'Fn');
  (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Timeout', 1000);
  expect(synthWithPlugin(off).error).toBeUndefined();
});

test('an unknown rule id throws a clear error naming the setting and the known rules', () => {
  expect(() => new LambdaLimitChecks({ disabledRules: ['FunctionMemroySize'] }))
    .toThrow(/disabledRules names an unknown rule 'FunctionMemroySize'\. Known rules: .*FunctionMemorySize/);
  expect(() => new LambdaLimitChecks({ severityOverrides: { 'cdk-lambda-patterns:NoSuchRule': LimitSeverity.WARNING } }))
    .toThrow(/severityOverrides names an unknown rule 'cdk-lambda-patterns:NoSuchRule'/);
});
