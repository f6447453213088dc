/**
 * Bundles the compiled library into one file, as aws-cdk-lib ships each of its modules:
 * `npx projen compile` runs it after jsii and tools/lazy-index.ts
 * (`ts-node tools/bundle-lib.ts lib`).
 *
 * jsii compiles every source file to its own module: ~190 files, of which an app that uses
 * one pattern loads ~155 (the limit checks have one file per rule). Node resolves, reads,
 * wraps and compiles each file on its own: ~55 ms at every `cdk synth` for those, against
 * ~28 ms for the same code in one file (measured in `npm run bench`'s child process). This
 * bundles `lib/index.js` with esbuild into one CommonJS file that keeps every module in its
 * own closure, run when first required, so the lazy entry point stays lazy; aws-cdk-lib and
 * constructs stay external (peer dependencies, shared with the app). The other `.js` files
 * are then removed, so that no deep import can load a second copy of a module next to the
 * bundle's; the `.d.ts` files, the jsii assembly and the source map (`index.js.map`, back to
 * the TypeScript sources) stay. The result is checked in a fresh process before the
 * command succeeds: same names, same class names, as the unbundled entry point exported.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { buildSync } from 'esbuild';

/** Every `.js` file under a directory, recursively. */
export function javaScriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(file);
    return entry.isFile() && entry.name.endsWith('.js') ? [file] : [];
  });
}

/** What a module exports, as the checks compare it: each name, and the `name` of what is a class or function. */
export interface ExportShape {
  readonly [name: string]: string | null;
}

/** The shape of a module's exports, read in a fresh Node process (reading every name loads the module behind it). */
export function exportShape(file: string): ExportShape {
  const script = `
    const loaded = require(${JSON.stringify(file)});
    const shape = {};
    for (const name of Object.keys(loaded)) shape[name] = typeof loaded[name] === 'function' ? loaded[name].name : null;
    process.stdout.write(JSON.stringify(shape));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf-8' });
  if (result.status !== 0) throw new Error(`loading ${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ExportShape;
}

/**
 * Bundles `<libDir>/index.js` into itself, removes the other JavaScript files, and checks
 * that the bundle exports what the unbundled entry point did. Returns the files removed.
 */
export function bundleLib(libDir: string, external: readonly string[]): string[] {
  const entry = path.join(libDir, 'index.js');
  const before = exportShape(entry);
  const bundled = path.join(libDir, 'index.bundle.js');
  const result = buildSync({
    entryPoints: [entry],
    outfile: bundled,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The input is already at jsii's language level: nothing is rewritten, only joined.
    target: 'esnext',
    external: [...external, ...external.map(name => `${name}/*`)],
    sourcemap: 'linked',
    // Each module keeps its own scope, so no name is changed; keep that a guarantee.
    keepNames: true,
    logLevel: 'silent',
    metafile: true,
  });
  if (result.errors.length > 0) throw new Error(`esbuild: ${result.errors.map(e => e.text).join('; ')}`);
  // Only this library's own modules belong in the bundle: anything else it would require is a
  // dependency the app must share (and the package declare), not a copy inside the bundle.
  const foreign = Object.keys(result.metafile?.inputs ?? {}).filter(input => !path.resolve(input).startsWith(libDir + path.sep));
  if (foreign.length > 0) {
    fs.rmSync(bundled, { force: true });
    fs.rmSync(`${bundled}.map`, { force: true });
    throw new Error(`the bundle would include modules from outside ${libDir}: ${foreign.join(', ')}; declare them as peer dependencies`);
  }
  const removed = javaScriptFiles(libDir).filter(file => file !== bundled);
  for (const file of removed) fs.rmSync(file);
  fs.renameSync(bundled, entry);
  fs.renameSync(`${bundled}.map`, `${entry}.map`);
  fs.writeFileSync(entry, fs.readFileSync(entry, 'utf-8').replace('//# sourceMappingURL=index.bundle.js.map', '//# sourceMappingURL=index.js.map'));

  const after = exportShape(entry);
  const differences = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter(name => before[name] !== after[name] || !(name in before) || !(name in after))
    .map(name => `${name}: ${JSON.stringify(before[name])} unbundled, ${JSON.stringify(after[name])} bundled`);
  if (differences.length > 0) throw new Error(`the bundle does not export what the compiled modules did:\n${differences.join('\n')}`);
  return removed;
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const libDir = path.resolve(root, process.argv[2] ?? 'lib');
  const { peerDependencies } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf-8')) as { peerDependencies?: Record<string, string> };
  const removed = bundleLib(libDir, Object.keys(peerDependencies ?? {}));
  const size = fs.statSync(path.join(libDir, 'index.js')).size;
  console.log(`${path.relative(root, libDir)}/index.js: ${removed.length} modules bundled into one file (${(size / 1024).toFixed(0)} KiB)`);
}
