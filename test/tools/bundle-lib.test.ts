import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { bundleLib, exportShape, javaScriptFiles } from '../../tools/bundle-lib';
import { renderLazyIndex } from '../../tools/lazy-index';

/**
 * A compiled library in miniature, inside the repository so that its external peer
 * (constructs) resolves from the repository's node_modules as it does for users.
 */
function writeLib(files: { readonly [file: string]: string }): string {
  const dir = fs.mkdtempSync(path.join(__dirname, '.bundle-fixture-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function runNode(script: string): string {
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf-8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

const MODULES = {
  'index.js': renderLazyIndex([
    { specifier: './patterns/consumer', names: ['Consumer'] },
    { specifier: './limits/checks', names: ['Checks', 'Severity'] },
  ]),
  'patterns/consumer.js': [
    '"use strict";',
    'const { Construct } = require("constructs");',
    'const { helper } = require("../private/helper");',
    'globalThis.consumerModuleRan = true;',
    'class Consumer extends Construct { label() { return helper(); } }',
    'exports.Consumer = Consumer;',
  ].join('\n'),
  'limits/checks.js': '"use strict";\nclass Checks {}\nexports.Checks = Checks;\nexports.Severity = { ERROR: "error" };\n',
  'private/helper.js': '"use strict";\nexports.helper = () => "helped";\n',
  'patterns/consumer.d.ts': 'export declare class Consumer {}\n',
};

describe('bundleLib', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('joins every module into index.js, keeps declarations, names and laziness, and leaves peers external', () => {
    dir = writeLib(MODULES);
    const removed = bundleLib(dir, ['constructs']);

    expect(removed.map(file => path.relative(dir!, file)).sort()).toEqual(['index.js', 'limits/checks.js', 'patterns/consumer.js', 'private/helper.js']);
    expect(javaScriptFiles(dir).map(file => path.relative(dir!, file))).toEqual(['index.js']);
    expect(fs.existsSync(path.join(dir, 'patterns', 'consumer.d.ts'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'index.js'), 'utf-8')).toMatch(/\/\/# sourceMappingURL=index\.js\.map\s*$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'index.js.map'), 'utf-8')).sources).toEqual(expect.arrayContaining(['patterns/consumer.js', 'private/helper.js']));
    expect(exportShape(path.join(dir, 'index.js'))).toEqual({ Consumer: 'Consumer', Checks: 'Checks', Severity: null });

    const entry = JSON.stringify(path.join(dir, 'index.js'));
    const observed = JSON.parse(runNode(`
      const lib = require(${entry});
      const ranBeforeRead = globalThis.consumerModuleRan === true;
      const { Construct } = require('constructs');
      const consumer = new lib.Consumer(undefined, 'C');
      process.stdout.write(JSON.stringify({
        ranBeforeRead,
        ranAfterRead: globalThis.consumerModuleRan === true,
        sharesThePeer: consumer instanceof Construct,
        label: consumer.label(),
      }));`)) as Record<string, unknown>;
    expect(observed).toEqual({ ranBeforeRead: false, ranAfterRead: true, sharesThePeer: true, label: 'helped' });
  });

  test('refuses to copy a module from outside the library into the bundle', () => {
    dir = writeLib({
      'index.js': renderLazyIndex([{ specifier: './a', names: ['A'] }]),
      'a.js': '"use strict";\nconst { Construct } = require("constructs");\nexports.A = class A extends Construct {};\n',
    });
    expect(() => bundleLib(dir!, [])).toThrow(/the bundle would include modules from outside .*node_modules\/constructs.*declare them as peer dependencies/);
    expect(javaScriptFiles(dir).map(file => path.relative(dir!, file)).sort()).toEqual(['a.js', 'index.js']);
  });
});

describe('exportShape', () => {
  test('reports a failing module with its error', () => {
    const dir = writeLib({ 'broken.js': 'throw new Error("broken at load");' });
    try {
      expect(() => exportShape(path.join(dir, 'broken.js'))).toThrow(/loading .*broken\.js failed:[\s\S]*broken at load/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
