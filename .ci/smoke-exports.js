// Checks the installed package's entry point (run from the smoke app's directory): it exports
// every class and enum of the jsii assembly, by name, from one bundled file
// (tools/bundle-lib.ts), and loading it runs none of the modules until a name is read
// (tools/lazy-index.ts makes it lazy).
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const entry = require.resolve('cdk-lambda-patterns');
const packageDir = path.dirname(require.resolve('cdk-lambda-patterns/package.json'));
const ownFiles = () => Object.keys(require.cache).filter(f => f.startsWith(packageDir + path.sep));

const patterns = require('cdk-lambda-patterns');
assert.deepStrictEqual(ownFiles(), [entry], 'loading the package loads only its entry point');
assert.deepStrictEqual(Object.keys(require.cache).filter(f => f.includes(`${path.sep}aws-cdk-lib${path.sep}`)), [],
  'loading the package runs none of its modules (they load aws-cdk-lib) until a name is read');

const assembly = JSON.parse(fs.readFileSync(path.join(packageDir, '.jsii'), 'utf-8'));
const runtimeTypes = Object.values(assembly.types).filter(t => t.kind !== 'interface').map(t => t.name).sort();
assert.deepStrictEqual(Object.keys(patterns).sort(), runtimeTypes, 'the entry point exports every class and enum of the jsii assembly');
for (const name of runtimeTypes) {
  assert.ok(patterns[name] !== undefined, `${name} resolves`);
}
for (const name of runtimeTypes) {
  if (typeof patterns[name] === 'function') assert.strictEqual(patterns[name].name, name, `class ${name} keeps its name`);
}
// tools/bundle-lib.ts: one JavaScript file, so that no deep import loads a second copy of a module.
const javaScript = [];
const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).forEach(e => {
  const file = path.join(dir, e.name);
  if (e.isDirectory()) { if (e.name !== 'node_modules') walk(file); } else if (e.name.endsWith('.js')) javaScript.push(path.relative(packageDir, file));
});
walk(packageDir);
assert.deepStrictEqual(javaScript, ['lib/index.js'], 'the package ships one JavaScript file');
assert.ok(fs.existsSync(path.join(packageDir, 'lib', 'index.d.ts')) && fs.existsSync(path.join(packageDir, 'lib', 'patterns', 'queue-consumer.d.ts')), 'type declarations ship');
assert.strictEqual(new patterns.LambdaLimitChecks().version, require('cdk-lambda-patterns/package.json').version, 'the checks report the package version');
console.log(`entry point OK: ${runtimeTypes.length} classes and enums in one bundled file, loaded on first use`);
