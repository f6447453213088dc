/**
 * Every TypeScript example in README.md compiles against the library's public API.
 * Each ```ts block is type-checked on its own, with `cdk-lambda-patterns` mapped to src/.
 * Blocks declare what they assume (`declare const stack: Stack;`), as jsii-rosetta expects.
 * Lambda handler code, which needs the AWS SDK and handler types at run time rather than this
 * library, is written in ```typescript blocks and not compiled here.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

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
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.readme-examples-'));
  try {
    const files = blocks.map(block => {
      const file = path.join(dir, block.name);
      // Each block is its own module, so declarations never clash between blocks.
      fs.writeFileSync(file, `${block.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      esModuleInterop: true,
      skipLibCheck: true,
      types: ['node'],
      baseUrl: ROOT,
      paths: { 'cdk-lambda-patterns': ['src/index.ts'] },
    });
    const problems = ts.getPreEmitDiagnostics(program)
      .filter(d => d.file && files.includes(path.resolve(d.file.fileName)))
      .map(d => {
        const block = blocks[files.indexOf(path.resolve(d.file!.fileName))];
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `README.md:${block.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
