import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { reExportedModules, renderLazyIndex, runtimeExportNames, verifyLazyIndex, type ReExportedModule } from '../../tools/lazy-index';

/** Evaluates a rendered entry point with a require that records what it loads. */
function evaluate(source: string, modules: { readonly [specifier: string]: object }) {
  const loaded: string[] = [];
  const moduleObject = { exports: {} as Record<string, unknown> };
  const fakeRequire = (specifier: string) => {
    loaded.push(specifier);
    const found = modules[specifier];
    if (!found) throw new Error(`no module ${specifier}`);
    return found;
  };
  vm.runInNewContext(source, { exports: moduleObject.exports, require: fakeRequire, module: moduleObject });
  return { exports: moduleObject.exports, loaded };
}

describe('reExportedModules', () => {
  test('lists the modules of export * statements in order, with comments around them', () => {
    expect(reExportedModules("// entry\nexport * from './a';\n/* b */ export * from \"./b/c\";\n"))
      .toEqual(['./a', './b/c']);
  });

  test.each([
    ["export { A } from './a';", 'export { A }'],
    ["export * as ns from './a';", 'export * as ns'],
    ["export type * from './a';", 'export type *'],
    ["import './side-effect';", 'import'],
    ['export const VERSION = 1;', 'export const'],
  ])('rejects %s: the lazy entry point could not keep it', (source) => {
    expect(() => reExportedModules(`export * from './a';\n${source}`)).toThrow(/src\/index\.ts:2: only "export \* from '<module>'" statements can be made lazy/);
  });

  test("the package's own src/index.ts is supported", () => {
    const specifiers = reExportedModules(fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'index.ts'), 'utf-8'));
    expect(specifiers).toContain('./patterns/queue-consumer');
    expect(specifiers).toContain('./limits/lambda-limit-checks');
  });
});

describe('renderLazyIndex', () => {
  class Consumer {}
  class Checks {}
  const modules: ReExportedModule[] = [
    { specifier: './checks', names: ['Checks', 'Severity'] },
    { specifier: './consumer', names: ['Consumer'] },
  ];
  const implementations = {
    './checks': { Checks, Severity: { ERROR: 'error' } },
    './consumer': { Consumer },
  };

  test('loading the entry point loads no module; reading a name loads only its module, once', () => {
    const { exports, loaded } = evaluate(renderLazyIndex(modules), implementations);
    expect(loaded).toEqual([]);
    expect(Object.keys(exports)).toEqual(['Checks', 'Severity', 'Consumer']);
    expect(exports.Consumer).toBe(Consumer);
    expect(exports.Consumer).toBe(Consumer);
    expect(loaded).toEqual(['./consumer']);
    expect(exports.Checks).toBe(Checks);
    expect(exports.Severity).toBe(implementations['./checks'].Severity);
    expect(loaded).toEqual(['./consumer', './checks', './checks']);
  });

  test('a name read once becomes a plain value', () => {
    const { exports } = evaluate(renderLazyIndex(modules), implementations);
    void exports.Consumer;
    const descriptor = Object.getOwnPropertyDescriptor(exports, 'Consumer')!;
    expect(descriptor.get).toBeUndefined();
    expect(descriptor.value).toBe(Consumer);
    expect(descriptor.enumerable).toBe(true);
  });

  test('names are declared as tsc declares them, for the ESM loader', () => {
    const source = renderLazyIndex(modules);
    expect(source).toContain('exports.Consumer = void 0;');
    expect(source).toContain('Object.defineProperty(exports, "__esModule", { value: true });');
  });

  test('a name exported by two modules is an error, not a silent choice', () => {
    expect(() => renderLazyIndex([...modules, { specifier: './other', names: ['Consumer'] }]))
      .toThrow('"Consumer" is exported by both ./consumer and ./other: export it from one module only');
  });
});

describe('runtimeExportNames', () => {
  test('leaves out the module markers', () => {
    const compiled = { A: 1, B: 2, default: 3 };
    Object.defineProperty(compiled, '__esModule', { value: true, enumerable: true });
    expect(runtimeExportNames(compiled)).toEqual(['A', 'B']);
  });
});

describe('verifyLazyIndex', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-index-'));
    fs.writeFileSync(path.join(dir, 'a.js'), 'exports.A = class A {}; exports.B = 2;');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const modules: ReExportedModule[] = [{ specifier: './a', names: ['A', 'B'] }];

  test('accepts an entry point rendered from the modules', () => {
    const index = path.join(dir, 'index.js');
    fs.writeFileSync(index, renderLazyIndex(modules));
    expect(() => verifyLazyIndex(index, modules)).not.toThrow();
  });

  test('rejects an eager entry point', () => {
    const index = path.join(dir, 'index.js');
    fs.writeFileSync(index, 'Object.assign(exports, require("./a"));');
    expect(() => verifyLazyIndex(index, modules)).toThrow(/loads no other module of the package/);
  });

  test('rejects an entry point that misses a name', () => {
    const index = path.join(dir, 'index.js');
    fs.writeFileSync(index, renderLazyIndex([{ specifier: './a', names: ['A'] }]));
    expect(() => verifyLazyIndex(index, modules)).toThrow(/exports every name/);
  });

  test('rejects an entry point whose name is another object', () => {
    const index = path.join(dir, 'index.js');
    fs.writeFileSync(index, renderLazyIndex(modules).replace('require("./a")["B"]', '3'));
    expect(() => verifyLazyIndex(index, modules)).toThrow(/B is the object \.\/a exports/);
  });
});
