/**
 * Checks every integ test app (test/integ/integ.*.ts, written with
 * @aws-cdk/integ-tests-alpha) against its committed snapshot, without deploying,
 * the way `integ-runner` does: synthesize the app and compare each stack template
 * with `<file>.snapshot/<stack>.template.json`.
 *
 * Why not integ-runner itself: its newest release (2.197.10) bundles a cloud
 * assembly schema reader that stops at version 53, and aws-cdk-lib 2.276 writes
 * version 55, so it fails with AssemblyVersionMismatch before comparing anything.
 * The snapshot directories keep integ-runner's layout, so it can take over unchanged.
 *
 * `INTEG_UPDATE=1 npx jest test/integ` rewrites the snapshots on purpose.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const INTEG_DIR = __dirname;
const integFiles = fs.readdirSync(INTEG_DIR).filter(f => /^integ\..+\.ts$/.test(f)).sort();
const update = process.env.INTEG_UPDATE === '1';

function synthesize(file: string): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'integ-'));
  const previous = process.env.CDK_OUTDIR;
  process.env.CDK_OUTDIR = outdir;
  try {
    jest.isolateModules(() => {
      // A plain require, so that the integ app runs exactly as `ts-node <file>` would run it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(INTEG_DIR, file));
    });
  } finally {
    if (previous === undefined) delete process.env.CDK_OUTDIR;
    else process.env.CDK_OUTDIR = previous;
  }
  return outdir;
}

function templates(dir: string): Map<string, unknown> {
  const result = new Map<string, unknown>();
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.template.json')).sort()) {
    result.set(name, withoutSalt(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf-8'))));
  }
  return result;
}

/** Error annotations (LambdaLimitChecks findings among them) in the synthesized assembly. */
function errorAnnotations(dir: string): string[] {
  type Metadata = Record<string, { type: string; data?: unknown }[]>;
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf-8')) as {
    artifacts?: Record<string, { metadata?: Metadata; additionalMetadataFile?: string }>;
  };
  return Object.values(manifest.artifacts ?? {}).flatMap(artifact => {
    // aws-cdk-lib 2.276 writes a stack's metadata to `<stack>.metadata.json`
    // (`additionalMetadataFile`), not into manifest.json.
    const extra = artifact.additionalMetadataFile
      ? JSON.parse(fs.readFileSync(path.join(dir, artifact.additionalMetadataFile), 'utf-8')) as Metadata
      : {};
    return [...Object.entries(artifact.metadata ?? {}), ...Object.entries(extra)].flatMap(([p, entries]) =>
      entries.filter(e => e.type === 'aws:cdk:error').map(e => `${p}: ${String(e.data)}`));
  });
}

/**
 * integ-tests-alpha gives every assertion custom resource a `salt` of Date.now(), so that
 * the assertions run again on every deployment; integ-runner compares only the test-case
 * stacks, never the assertion stacks. Here assertion stacks are compared too, with the salt
 * replaced by a constant.
 */
function withoutSalt(template: unknown): unknown {
  const resources = (template as { Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }> }).Resources ?? {};
  for (const resource of Object.values(resources)) {
    if (resource.Type?.startsWith('Custom::DeployAssert@') && resource.Properties?.salt !== undefined) {
      resource.Properties.salt = '<salt>';
    }
  }
  return template;
}

test('there are integ tests to check', () => {
  expect(integFiles.length).toBeGreaterThan(0);
});

test.each(integFiles)('%s matches its committed snapshot', (file) => {
  const outdir = synthesize(file);
  const snapshotDir = path.join(INTEG_DIR, `${file}.snapshot`);
  if (update) {
    fs.rmSync(snapshotDir, { recursive: true, force: true });
    fs.mkdirSync(snapshotDir, { recursive: true });
    for (const entry of fs.readdirSync(outdir)) {
      // metadata.json files hold construct stack traces with local paths: not part of a snapshot.
      if (entry.endsWith('.json') && !entry.endsWith('.metadata.json') && entry !== 'tree.json' && entry !== 'validation-report.json') {
        fs.copyFileSync(path.join(outdir, entry), path.join(snapshotDir, entry));
      }
    }
  }
  expect(fs.existsSync(snapshotDir)).toBe(true);
  expect(errorAnnotations(outdir)).toEqual([]);
  const actual = templates(outdir);
  const expected = templates(snapshotDir);
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, template] of actual) {
    expect({ [name]: template }).toEqual({ [name]: expected.get(name) });
  }
  fs.rmSync(outdir, { recursive: true, force: true });
});
