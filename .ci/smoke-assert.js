// Asserts on the smoke app's synthesized template.
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const outdir = process.argv[2];
const template = JSON.parse(fs.readFileSync(path.join(outdir, 'SmokeStack.template.json'), 'utf-8'));
const resources = Object.values(template.Resources);
const functions = resources.filter(r => r.Type === 'AWS::Lambda::Function');
assert.strictEqual(functions.length, 2, 'the plain function and the QueueConsumer function');
assert.ok(functions.some(f => f.Properties.MemorySize === 512 && f.Properties.Timeout === 30));
const queues = resources.filter(r => r.Type === 'AWS::SQS::Queue');
assert.strictEqual(queues.length, 2, 'source queue and DLQ');
// QueueConsumer: visibility timeout = 6 x the 20 s function timeout; the source queue redrives to the DLQ.
const source = queues.find(q => q.Properties.RedrivePolicy);
assert.strictEqual(source.Properties.VisibilityTimeout, 120);
assert.strictEqual(source.Properties.RedrivePolicy.maxReceiveCount, 5);
const mapping = resources.find(r => r.Type === 'AWS::Lambda::EventSourceMapping');
assert.deepStrictEqual(mapping.Properties.FunctionResponseTypes, ['ReportBatchItemFailures']);
console.log(`template OK: ${resources.length} resources, ${functions.length} functions, QueueConsumer defaults in place`);
