import * as fs from 'fs';
import * as path from 'path';
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks, ServerlessChecks } from 'cdk-nag';

/** One cdk-nag violation that was not acknowledged. */
export interface NagViolation {
  readonly rule: string;
  readonly severity: string;
  readonly path: string;
}

/** The cdk-nag 3 packs a test can run. */
export type NagPack = 'AwsSolutions' | 'Serverless' | 'NIST.800.53.R5' | 'HIPAA.Security';

/**
 * Registers the packs as validation plugins, synthesizes the app, and returns every
 * violation left after acknowledgements (read from the cloud assembly's validation report).
 */
export function nagViolations(app: App, packs: readonly NagPack[] = ['AwsSolutions', 'Serverless']): NagViolation[] {
  const plugins = packs.map(pack => {
    switch (pack) {
      case 'AwsSolutions': return new AwsSolutionsChecks(app);
      case 'Serverless': return new ServerlessChecks(app);
      case 'NIST.800.53.R5': return new NIST80053R5Checks(app);
      case 'HIPAA.Security': return new HIPAASecurityChecks(app);
    }
  });
  Validations.of(app).addPlugins(...plugins);
  try {
    app.synth({ force: true });
  } catch (e) {
    if (!String(e).includes('Validation')) throw e;
  }
  const reportFile = path.join(app.outdir, 'validation-report.json');
  if (!fs.existsSync(reportFile)) return [];
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf-8')) as {
    pluginReports: { violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[] }[];
  };
  return report.pluginReports.flatMap(r => r.violations.flatMap(v =>
    v.violatingConstructs.map(c => ({ rule: v.ruleName, severity: v.severity, path: c.constructPath }))));
}

/** Only the errors, rendered one per line for a readable test failure. */
export function nagErrors(app: App, packs?: readonly NagPack[]): string[] {
  return nagViolations(app, packs).filter(v => v.severity === 'error').map(v => `${v.rule} ${v.path}`).sort();
}
