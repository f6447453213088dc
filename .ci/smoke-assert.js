// Asserts on the smoke app's synthesized template.
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const outdir = process.argv[2];
const template = JSON.parse(fs.readFileSync(path.join(outdir, 'SmokeStack.template.json'), 'utf-8'));
const resources = Object.values(template.Resources);
const functions = resources.filter(r => r.Type === 'AWS::Lambda::Function');
assert.strictEqual(functions.length, 1, 'one function');
assert.strictEqual(functions[0].Properties.MemorySize, 512);
assert.strictEqual(functions[0].Properties.Timeout, 30);
console.log(`template OK: ${resources.length} resources, ${functions.length} function`);
