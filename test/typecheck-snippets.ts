/**
 * Type-checks code snippets (README blocks, doc-comment examples) against the library's
 * public API: `cdk-lambda-patterns` resolves to src/index.ts. Each snippet is its own module.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');

/** One type error, by snippet index and 0-based line within the snippet's source. */
export interface SnippetProblem {
  readonly snippet: number;
  readonly line: number;
  readonly message: string;
}

/** Writes each source to a temporary module, compiles them all in one program, returns the errors. */
export function typecheckSnippets(sources: readonly string[]): SnippetProblem[] {
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.snippets-'));
  try {
    const files = sources.map((source, i) => {
      const file = path.join(dir, `snippet-${i + 1}.ts`);
      fs.writeFileSync(file, `${source}\nexport {};\n`);
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
    return ts.getPreEmitDiagnostics(program)
      .filter(d => d.file && files.includes(path.resolve(d.file.fileName)))
      .map(d => ({
        snippet: files.indexOf(path.resolve(d.file!.fileName)),
        line: d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
