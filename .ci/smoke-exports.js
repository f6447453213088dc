// Checks the installed package's entry point (run from the smoke app's directory): it exports
// every class and enum of the jsii assembly, by name, and loading it loads none of the
// package's other modules until a name is read (tools/lazy-index.ts makes it lazy).
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const entry = require.resolve('cdk-lambda-patterns');
const packageDir = path.dirname(require.resolve('cdk-lambda-patterns/package.json'));
const ownFiles = () => Object.keys(require.cache).filter(f => f.startsWith(packageDir + path.sep));

const patterns = require('cdk-lambda-patterns');
assert.deepStrictEqual(ownFiles(), [entry], 'loading the package loads only its entry point');

const assembly = JSON.parse(fs.readFileSync(path.join(packageDir, '.jsii'), 'utf-8'));
const runtimeTypes = Object.values(assembly.types).filter(t => t.kind !== 'interface').map(t => t.name).sort();
assert.deepStrictEqual(Object.keys(patterns).sort(), runtimeTypes, 'the entry point exports every class and enum of the jsii assembly');
for (const name of runtimeTypes) {
  assert.ok(patterns[name] !== undefined, `${name} resolves`);
}
assert.strictEqual(patterns.QueueConsumer, require('cdk-lambda-patterns/lib/patterns/queue-consumer').QueueConsumer);
console.log(`entry point OK: ${runtimeTypes.length} classes and enums, loaded on first use`);
