/**
 * Prints what `cdk synth` produced: stacks, resource counts by type, and every
 * validation finding (annotations and validation-plugin reports).
 * Usage: ts-node examples/summary.ts <cdk.out>
 */
import * as fs from 'fs';
import * as path from 'path';

interface Manifest {
  readonly artifacts?: Record<string, {
    readonly type: string;
    readonly environment?: string;
    readonly displayName?: string;
    readonly properties?: { readonly templateFile?: string };
    readonly metadata?: Record<string, { readonly type: string; readonly data?: unknown }[]>;
    /** aws-cdk-lib 2.276+ writes a stack's metadata to this file instead of into the manifest. */
    readonly additionalMetadataFile?: string;
  }>;
}

const outdir = process.argv[2] ?? 'cdk.out';
const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8')) as Manifest;
const findings: string[] = [];
let errors = 0;
let totalResources = 0;

console.log(`\nSynthesized ${outdir}\n`);
for (const [name, artifact] of Object.entries(manifest.artifacts ?? {})) {
  if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
  const template = JSON.parse(fs.readFileSync(path.join(outdir, artifact.properties.templateFile), 'utf-8')) as {
    Resources?: Record<string, { Type: string }>;
  };
  const counts = new Map<string, number>();
  for (const resource of Object.values(template.Resources ?? {})) {
    counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  totalResources += total;
  console.log(`Stack ${artifact.displayName ?? name} (${artifact.environment ?? 'environment-agnostic'}): ${total} resources`);
  for (const [type, count] of [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    console.log(`  ${String(count).padStart(4)}  ${type}`);
  }
  const metadata = {
    ...artifact.metadata,
    ...(artifact.additionalMetadataFile
      ? JSON.parse(fs.readFileSync(path.join(outdir, artifact.additionalMetadataFile), 'utf-8')) as typeof artifact.metadata
      : {}),
  };
  for (const [constructPath, entries] of Object.entries(metadata)) {
    for (const entry of entries) {
      if (entry.type === 'aws:cdk:error' || entry.type === 'aws:cdk:warning') {
        if (entry.type === 'aws:cdk:error') errors++;
        findings.push(`  ${entry.type === 'aws:cdk:error' ? 'ERROR  ' : 'WARNING'} ${constructPath}: ${String(entry.data)}`);
      }
    }
  }
}

const reportFile = path.join(outdir, 'validation-report.json');
if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf-8')) as {
    pluginReports?: {
      pluginName: string;
      violations: { ruleName: string; severity?: string; violatingConstructs?: { constructPath: string }[] }[];
    }[];
  };
  for (const plugin of report.pluginReports ?? []) {
    for (const violation of plugin.violations) {
      if (violation.severity === 'error') errors++;
      for (const c of violation.violatingConstructs ?? [{ constructPath: '' }]) {
        findings.push(`  ${(violation.severity ?? 'info').toUpperCase().padEnd(7)} ${c.constructPath}: ${violation.ruleName} (${plugin.pluginName})`);
      }
    }
  }
}

console.log(`\nTotal: ${totalResources} resources`);
console.log(`Validation findings: ${findings.length} (${errors} errors)`);
for (const line of findings) console.log(line);
if (errors > 0) process.exitCode = 1;
