/**
 * Every TypeScript example in README.md compiles against the library's public API.
 * Each ```ts block is type-checked on its own, with `cdk-lambda-patterns` mapped to src/.
 * Blocks declare what they assume (`declare const stack: Stack;`), as jsii-rosetta expects.
 * Lambda handler code, which needs the AWS SDK and handler types at run time rather than this
 * library, is written in ```typescript blocks and not compiled here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { typecheckSnippets } from './typecheck-snippets';

const ROOT = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf-8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
  name: `readme-example-${i + 1}.ts`,
  line: readme.slice(0, m.index).split('\n').length + 1,
  code: m[1],
}));

test('README has TypeScript examples', () => {
  expect(blocks.length).toBeGreaterThan(0);
});

test('every README TypeScript example type-checks against the public API', () => {
  const problems = typecheckSnippets(blocks.map(block => block.code))
    .map(p => `README.md:${blocks[p.snippet].line + p.line}: ${p.message}`);
  expect(problems).toEqual([]);
});
