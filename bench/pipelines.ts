/**
 * `npm run bench`: what this library costs at synth, against what users would write instead.
 *
 * Apps of N SQS -> Lambda pipelines built three ways (QueueConsumer; the same resources in
 * hand-written aws-cdk-lib L2 code; AWS Solutions Constructs' SqsToLambda configured as close
 * as it allows), and a composed pipeline (VpcFunction + CanaryDeployment +
 * ProvisionedConcurrency + QueueConsumer) against hand-written L2. Each measurement is a fresh
 * child process (bench/pipeline-app.ts, transpiled once to plain JavaScript, loading the
 * library from the compiled lib/, installed beside it under node_modules as users install it): whole-process wall time (spawn to exit, measured here),
 * peak RSS, and the child's own split into module loading, tree construction and app.synth().
 * Variants are interleaved within every run, in a rotating order, so machine noise spreads
 * evenly; ratios are between medians of the same runs.
 *
 * The comparison runs with CDK_VALIDATION=false (aws-cdk-lib's built-in template validator off);
 * the default (validator on) is measured beside it with fewer runs. Diagnostic (not in the
 * comparison): one more run of every patterns cell with `--time-checks`, for the time spent
 * inside LambdaLimitChecks and the number of instances and stage analyses (the patterns share
 * one instance per app, which models and evaluates the stage once per synth).
 *
 * Environment: BENCH_RUNS (runs per cell, validator off; default 7, at least 5 for the README),
 * BENCH_VALIDATOR_RUNS (validator on; default 3), BENCH_QUICK=1 (smoke run: N = 1 and 10,
 * 2 runs, 1 validator run), BENCH_CPU_PROF=<dir> (also write a V8 CPU profile of every
 * instrumented patterns run to <dir>). Prints a markdown report and writes it to
 * bench/results/pipelines.md.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import type { PipelineRunResult } from './pipeline-app';
import { PIPELINES_PER_STACK, RESULT_PREFIX, type Scenario, SCENARIOS, type Variant, VARIANTS } from './pipeline-common';

const QUICK = process.env.BENCH_QUICK === '1';
const RUNS = positive('BENCH_RUNS', QUICK ? 2 : 7);
const VALIDATOR_RUNS = positive('BENCH_VALIDATOR_RUNS', QUICK ? 1 : 3);
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF;
const SIZES: { readonly [S in Scenario]: readonly number[] } = QUICK
  ? { queue: [1, 10], composed: [1, 10] }
  : { queue: [1, 10, 50, 200], composed: [10, 50] };
/** Targets of issue 11. */
const TARGET_OVERHEAD = 1.1;

const ROOT = path.resolve(__dirname, '..');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const CHILD_DIR = path.join(RESULTS_DIR, '.child');

const LABELS: { readonly [V in Variant]: string } = {
  patterns: 'cdk-lambda-patterns',
  l2: 'hand-written L2',
  solutions: 'Solutions Constructs',
};
const SCENARIO_LABELS: { readonly [S in Scenario]: string } = {
  queue: 'SQS -> Lambda',
  composed: 'composed',
};

interface Sample extends PipelineRunResult {
  /** Spawn to exit, measured by the parent. */
  readonly wallMs: number;
}

interface Cell {
  readonly scenario: Scenario;
  readonly variant: Variant;
  readonly pipelines: number;
  readonly validator: boolean;
}

const cellKey = (c: Cell) => `${c.scenario}/${c.variant}/${c.pipelines}/${c.validator ? 'on' : 'off'}`;

interface Summary {
  readonly runs: number;
  readonly wallMs: number;
  readonly rssMb: number;
  readonly loadMs: number;
  readonly constructMs: number;
  readonly synthMs: number;
  readonly sample: Sample;
  /** Wall time of every run, in run order (run i of every cell ran in the same round). */
  readonly wallRuns: readonly number[];
}

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: ${name} must be a positive integer, got ${process.env[name]}`);
  return value;
}

/** Fails when lib/ is missing, warns when a src/ file is newer than it. */
function checkCompiledLibrary(): void {
  const libIndex = path.join(ROOT, 'lib', 'index.js');
  if (!fs.existsSync(libIndex)) throw new Error('bench: lib/ is missing; run `npx projen compile` first.');
  const libTime = fs.statSync(libIndex).mtimeMs;
  const newer = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf-8' })
    .filter(file => file.endsWith('.ts') && fs.statSync(path.join(ROOT, 'src', file)).mtimeMs > libTime);
  if (newer.length > 0) {
    console.warn(`bench: warning: ${newer.length} src/ file(s) changed after lib/ was compiled (e.g. ${newer[0]}); run \`npx projen compile\` to measure them.`);
  }
}

/**
 * Transpiles the child and its helpers (bench/pipeline-*.ts) to plain CommonJS, so that the
 * child runs on bare node: no variant pays TypeScript's transpiler or its memory.
 */
function transpileChild(): string {
  fs.rmSync(CHILD_DIR, { recursive: true, force: true });
  fs.mkdirSync(CHILD_DIR, { recursive: true });
  const benchDir = path.join(ROOT, 'bench');
  for (const file of fs.readdirSync(benchDir).filter(f => /^pipeline-.*\.ts$/.test(f))) {
    const source = fs.readFileSync(path.join(benchDir, file), 'utf-8');
    const output = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    fs.writeFileSync(path.join(CHILD_DIR, file.replace(/\.ts$/, '.js')), output.outputText);
  }
  installLibrary();
  return path.join(CHILD_DIR, 'pipeline-app.js');
}

/**
 * Installs the compiled library beside the child as npm installs it for users
 * (`node_modules/cdk-lambda-patterns`: package.json and lib/, what the package ships to run).
 * Where the code lives matters at synth: aws-cdk-lib records a creation stack trace for every
 * CloudFormation element and renders the frames of code outside node_modules one by one, as
 * the user's own; a library loaded from the repository's lib/ paid for that on every resource
 * it created, and no user does.
 */
function installLibrary(): void {
  const target = path.join(CHILD_DIR, 'node_modules', 'cdk-lambda-patterns');
  // A fresh copy: files of an earlier build (lib/ was once one file per module) must not linger.
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(target, 'package.json'));
  fs.cpSync(path.join(ROOT, 'lib'), path.join(target, 'lib'), { recursive: true });
}

function runChild(childJs: string, cell: Cell, nodeArgs: readonly string[] = [], flags: readonly string[] = []): Promise<Sample> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (cell.validator) delete env.CDK_VALIDATION;
  else env.CDK_VALIDATION = 'false';
  const args = [...nodeArgs, childJs, cell.scenario, cell.variant, String(cell.pipelines), ...flags];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', code => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const line = stdout.split('\n').reverse().find(l => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || line === undefined) {
        reject(new Error(`bench: ${cellKey(cell)} exited with ${code}:\n${stderr.slice(-4000)}`));
        return;
      }
      resolve({ ...(JSON.parse(line.slice(RESULT_PREFIX.length)) as PipelineRunResult), wallMs });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Every cell of one run, the variants of a size next to each other, their order rotated by run. */
function cellsOfRun(run: number, validator: boolean): Cell[] {
  const cells: Cell[] = [];
  for (const scenario of SCENARIOS) {
    for (const pipelines of SIZES[scenario]) {
      const group: Cell[] = VARIANTS[scenario].map(variant => ({ scenario, variant, pipelines, validator }));
      for (let k = 0; k < group.length; k++) cells.push(group[(k + run) % group.length]);
    }
  }
  return cells;
}

function summarize(samples: readonly Sample[]): Summary {
  const m = (f: (s: Sample) => number) => median(samples.map(f));
  return {
    runs: samples.length,
    wallMs: m(s => s.wallMs),
    rssMb: m(s => s.maxRssBytes / 2 ** 20),
    loadMs: m(s => s.loadMs),
    constructMs: m(s => s.constructMs),
    synthMs: m(s => s.synthMs),
    sample: samples[0],
    wallRuns: samples.map(s => s.wallMs),
  };
}

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
const mb = (v: number) => `${v.toFixed(0)} MB`;
const pct = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;
const perPipeline = (s: Summary, n: number) => (s.constructMs + s.synthMs) / n;

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, `
    + `Node ${process.version}, ${os.platform()} ${os.release()}`;
}

class Report {
  public readonly lines: string[] = [];
  constructor(private readonly summaries: ReadonlyMap<string, Summary>, private readonly checks: ReadonlyMap<string, Sample>) {}

  public get(cell: Cell): Summary {
    const s = this.summaries.get(cellKey(cell));
    if (s === undefined) throw new Error(`bench: no measurement for ${cellKey(cell)}`);
    return s;
  }

  public push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  public table(validator: boolean): void {
    this.push(row(['N', 'scenario', 'variant', 'wall', 'vs L2', 'peak RSS', 'vs L2',
      'load', 'construct', 'synth', '(construct + synth) / N', 'resources / N', 'template KB / N']));
    this.push(row(Array(13).fill('---')));
    for (const scenario of SCENARIOS) {
      for (const pipelines of SIZES[scenario]) {
        const l2 = this.get({ scenario, variant: 'l2', pipelines, validator });
        for (const variant of VARIANTS[scenario]) {
          const s = this.get({ scenario, variant, pipelines, validator });
          this.push(row([pipelines, SCENARIO_LABELS[scenario], LABELS[variant],
            ms(s.wallMs), variant === 'l2' ? '' : pct(s.wallMs / l2.wallMs),
            mb(s.rssMb), variant === 'l2' ? '' : pct(s.rssMb / l2.rssMb),
            ms(s.loadMs), ms(s.constructMs), ms(s.synthMs),
            `${perPipeline(s, pipelines).toFixed(2)} ms`,
            (s.sample.resources / pipelines).toFixed(1),
            (s.sample.templateBytes / 1024 / pipelines).toFixed(1)]));
        }
      }
    }
  }

  /** The targets of issue 11, judged on the validator-off medians. */
  public targets(): void {
    const largest = Math.max(...SIZES.queue);
    const at = (variant: Variant, pipelines: number) => this.get({ scenario: 'queue', variant, pipelines, validator: false });
    const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
    const patterns = at('patterns', largest);
    const l2 = at('l2', largest);
    const solutions = at('solutions', largest);
    this.push(`- Within ${pct(TARGET_OVERHEAD)} of hand-written L2 at N = ${largest}: wall ${pct(patterns.wallMs / l2.wallMs)} `
      + `(${verdict(patterns.wallMs / l2.wallMs <= TARGET_OVERHEAD)}), peak RSS ${pct(patterns.rssMb / l2.rssMb)} (${verdict(patterns.rssMb / l2.rssMb <= TARGET_OVERHEAD)}).`);
    // The machine's speed drifts between rounds: the ratio within each round shows how far one run can be trusted.
    const roundRatios = patterns.wallRuns.map((wall, i) => wall / l2.wallRuns[i]).filter(Number.isFinite).sort((a, b) => a - b);
    if (roundRatios.length > 1) {
      this.push(`  Wall ratio within each round (QueueConsumer against the L2 run of the same round), N = ${largest}: `
        + `${pct(roundRatios[0])} to ${pct(roundRatios[roundRatios.length - 1])}, median ${pct(median(roundRatios))} over ${roundRatios.length} rounds.`);
    }
    this.push(`- At least as fast as Solutions Constructs at N = ${largest}: wall ${pct(patterns.wallMs / solutions.wallMs)} `
      + `(${verdict(patterns.wallMs <= solutions.wallMs)}); peak RSS ${pct(patterns.rssMb / solutions.rssMb)}.`);
    const sizes = SIZES.queue.filter(n => n >= 50);
    if (sizes.length !== 2) return;
    const [small, large] = sizes;
    const per = (variant: Variant, n: number) => perPipeline(at(variant, n), n);
    this.push(`- (construct + synth) per pipeline from N = ${small} to ${large}: `
      + `${VARIANTS.queue.map(v => `${LABELS[v]} ${per(v, small).toFixed(2)} -> ${per(v, large).toFixed(2)} ms (${pct(per(v, large) / per(v, small))})`).join(', ')}. `
      + 'Every variant gets cheaper per pipeline as N grows (JIT warm-up and aws-cdk-lib\'s lazy module loading are spread over more pipelines), '
      + 'so that figure cannot show growth; judged against hand-written L2 at the same N instead:');
    const relative = (n: number) => per('patterns', n) / per('l2', n);
    const growth = relative(large) / relative(small);
    this.push(`  cdk-lambda-patterns costs ${relative(small).toFixed(2)} x L2 per pipeline at N = ${small} and ${relative(large).toFixed(2)} x at N = ${large}: `
      + `${pct(growth)} (flat, within ${pct(TARGET_OVERHEAD)}: ${verdict(growth <= TARGET_OVERHEAD)}).`);
    const checksAt = (n: number) => this.checks.get(cellKey({ scenario: 'queue', variant: 'patterns', pipelines: n, validator: false }))?.checksMs;
    const checksSmall = checksAt(small);
    const checksLarge = checksAt(large);
    if (checksSmall !== undefined && checksLarge !== undefined) {
      this.push(`  Time inside LambdaLimitChecks: ${(checksSmall / small).toFixed(2)} ms per pipeline at N = ${small}, ${(checksLarge / large).toFixed(2)} ms at N = ${large} `
        + `(${pct((checksLarge / large) / (checksSmall / small))}; see below).`);
    }
  }

  /** Time inside LambdaLimitChecks per patterns cell, with the instances and stage analyses that ran. */
  public diagnostics(): void {
    this.push('Every pattern applies LambdaLimitChecks to itself, and QueueConsumer also to its event source mapping when that mapping lives outside '
      + 'the pattern (under a function the user gives; here the pattern creates the function, so it does not). They all add the same instance: `applyLimitChecks` (src/private/apply-limit-checks.ts) '
      + 'keeps one LambdaLimitChecks per app, keyed by the app root, and that instance registers one analysis per stage. At synth the stage is '
      + 'modelled and every rule evaluated over it once, and each finding is reported once, only inside the scopes the instance was added to. '
      + 'LambdaLimitChecks also caches its findings per stage and settings (so other instances with the same settings reuse that evaluation) '
      + 'and reads its package version once per process.', '');
    this.push('One instrumented run per patterns cell (`--time-checks`, validator off, not in the medians above): **inside checks** is the time in the '
      + 'aspect\'s visits and in the stage analysis (not aws-cdk-lib\'s walk of the tree that calls the aspect); **instances** counts the distinct '
      + 'LambdaLimitChecks instances that ran, **analyses** the stage analyses they made (every app here is one stage: both should be 1).', '');
    this.push(row(['N', 'scenario', 'inside checks', 'per pipeline', 'share of that run\'s construct + synth', 'instances', 'analyses']));
    this.push(row(Array(7).fill('---')));
    const unexpected: string[] = [];
    for (const scenario of SCENARIOS) {
      for (const pipelines of SIZES[scenario]) {
        const sample = this.checks.get(cellKey({ scenario, variant: 'patterns', pipelines, validator: false }));
        if (sample === undefined) throw new Error(`bench: no --time-checks run for ${scenario}/patterns/${pipelines}`);
        const checksMs = sample.checksMs ?? 0;
        this.push(row([pipelines, SCENARIO_LABELS[scenario], ms(checksMs), `${(checksMs / pipelines).toFixed(2)} ms`,
          `${((checksMs / (sample.constructMs + sample.synthMs)) * 100).toFixed(1)} %`, sample.checksInstances ?? '?', sample.checksAnalyses ?? '?']));
        if (sample.checksInstances !== 1 || sample.checksAnalyses !== 1) unexpected.push(`${SCENARIO_LABELS[scenario]} N = ${pipelines}`);
      }
    }
    if (unexpected.length > 0) {
      this.push('', `**Expected 1 instance and 1 analysis per run, measured otherwise at: ${unexpected.join(', ')}.** `
        + 'Was lib/ compiled before the shared instance (`npx projen compile`)?');
    }
    const lib = compiledLibraryStats();
    const smallest = Math.min(...SIZES.queue);
    const p1 = this.get({ scenario: 'queue', variant: 'patterns', pipelines: smallest, validator: false });
    const l1 = this.get({ scenario: 'queue', variant: 'l2', pipelines: smallest, validator: false });
    this.push('', `Fixed cost per process, at N = ${smallest}: wall ${ms(p1.wallMs - l1.wallMs)} and peak RSS ${mb(p1.rssMb - l1.rssMb)} above hand-written L2 `
      + `(load ${ms(p1.loadMs)} against ${ms(l1.loadMs)}). The library ships as ${lib.javaScriptFiles === 1 ? 'one bundled file' : `${lib.javaScriptFiles} files`} `
      + `(lib/index.js, ${(lib.bytes / 1024).toFixed(0)} KiB; tools/bundle-lib.ts) whose entry point loads a pattern's modules, the LambdaLimitChecks engine `
      + 'among them, when the app first uses the pattern (tools/lazy-index.ts): that cost lands in construct.');
  }

  /** Resource types per pipeline of every variant at the largest size, with the differences from the patterns. */
  public resources(scenario: Scenario): void {
    const pipelines = Math.max(...SIZES[scenario]);
    const variants = VARIANTS[scenario];
    const sample = (v: Variant) => this.get({ scenario, variant: v, pipelines, validator: false }).sample;
    const all = [...new Set(variants.flatMap(v => Object.keys(sample(v).resourceTypes)))].sort();
    this.push(row(['resource type, per pipeline', ...variants.map(v => LABELS[v])]));
    this.push(row(Array(variants.length + 1).fill('---')));
    const differences: string[] = [];
    for (const type of all) {
      const counts = variants.map(v => (sample(v).resourceTypes[type] ?? 0) / pipelines);
      this.push(row([type, ...counts.map(c => (Number.isInteger(c) ? String(c) : c.toFixed(2)))]));
      counts.forEach((c, k) => {
        if (c !== counts[0]) differences.push(`${LABELS[variants[k]]} has ${c.toFixed(2)} ${type} per pipeline, ${LABELS[variants[0]]} ${counts[0].toFixed(2)}`);
      });
    }
    this.push('');
    this.push(differences.length === 0 ? 'Every variant builds the same resource types in the same numbers.' : `Differences: ${differences.join('; ')}.`);
    const reference = sample(variants[0]);
    const identical = variants.slice(1).filter(v => sample(v).templateSha256 === reference.templateSha256).map(v => LABELS[v]);
    const notIdentical = variants.slice(1).filter(v => sample(v).templateSha256 !== reference.templateSha256).map(v => LABELS[v]);
    this.push(`Templates byte-identical to ${LABELS[variants[0]]}'s: ${identical.length > 0 ? identical.join(', ') : 'none'}`
      + `${notIdentical.length > 0 ? `; different: ${notIdentical.join(', ')}` : ''}. `
      + `Template bytes: ${variants.map(v => `${LABELS[v]} ${sample(v).templateBytes}`).join(', ')}. `
      + `Whole cloud assembly (templates, manifest, metadata including the patterns' cdk-nag acknowledgements, tree.json): ${variants.map(v => `${LABELS[v]} ${sample(v).assemblyBytes}`).join(', ')}.`);
  }
}

async function main(): Promise<void> {
  checkCompiledLibrary();
  const childJs = transpileChild();
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const total = cellsOfRun(0, false).length * RUNS + cellsOfRun(0, true).length * VALIDATOR_RUNS;
  let done = 0;
  const samples = new Map<string, Sample[]>();
  const record = async (cell: Cell) => {
    const sample = await runChild(childJs, cell);
    samples.set(cellKey(cell), [...(samples.get(cellKey(cell)) ?? []), sample]);
    done++;
    process.stderr.write(`\r[${done}/${total}] ${cellKey(cell)}: ${ms(sample.wallMs)}, ${mb(sample.maxRssBytes / 2 ** 20)}          `);
  };

  // Warm-up (file system cache; not measured): one small run of every variant.
  for (const scenario of SCENARIOS) {
    for (const variant of VARIANTS[scenario]) await runChild(childJs, { scenario, variant, pipelines: 1, validator: false });
  }
  for (let run = 0; run < RUNS; run++) {
    for (const cell of cellsOfRun(run, false)) await record(cell);
  }
  for (let run = 0; run < VALIDATOR_RUNS; run++) {
    for (const cell of cellsOfRun(run, true)) await record(cell);
  }
  // Time inside LambdaLimitChecks: one instrumented run per patterns cell (not in the medians).
  const checks = new Map<string, Sample>();
  for (const scenario of SCENARIOS) {
    for (const pipelines of SIZES[scenario]) {
      const cell: Cell = { scenario, variant: 'patterns', pipelines, validator: false };
      const name = `${scenario}-patterns-${pipelines}.cpuprofile`;
      const profile = CPU_PROF_DIR ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(CPU_PROF_DIR), '--cpu-prof-name', name] : [];
      checks.set(cellKey(cell), await runChild(childJs, cell, profile, ['--time-checks']));
    }
  }
  process.stderr.write('\n');

  const summaries = new Map([...samples].map(([key, list]) => [key, summarize(list)]));
  const r = new Report(summaries, checks);
  r.push('## Synth cost against hand-written aws-cdk-lib and AWS Solutions Constructs', '');
  r.push(`Machine: ${machine()}; load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end. `
    + `aws-cdk-lib ${packageVersion('aws-cdk-lib')}, @aws-solutions-constructs/aws-sqs-lambda ${packageVersion('@aws-solutions-constructs/aws-sqs-lambda')}. `
    + `${QUICK ? '**QUICK smoke run: not for the README.** ' : ''}Whole run ${((Date.now() - started) / 60_000).toFixed(1)} min.`, '');
  r.push(`Medians of ${RUNS} runs (validator off) and ${VALIDATOR_RUNS} runs (validator on, fewer to keep the run short), each a fresh `
    + '`node` process that builds and synthesizes one app; the variants of a size are interleaved in every run, in a rotating order. '
    + '**wall**: spawn to exit, measured by the parent. **peak RSS**: the child\'s `process.resourceUsage().maxRSS` after synth. '
    + '**load**: importing the variant (this library from the compiled lib/, installed under node_modules as npm installs it; aws-cdk-lib and this library load their modules lazily, on first use, so most of that lands in construct). '
    + '**construct**: building the tree. **synth**: `app.synth()`: aspects (including the LambdaLimitChecks the patterns apply to themselves, one instance per app, '
    + 'a cost users pay and measured here), validation, writing the templates. Percentages compare with hand-written L2 of the same runs. '
    + `SQS -> Lambda: ${PIPELINES_PER_STACK.queue} pipelines per stack. Composed (VpcFunction + CanaryDeployment + ProvisionedConcurrency + QueueConsumer): `
    + `${PIPELINES_PER_STACK.composed} pipelines per stack and one VPC per stack, shared by its pipelines (given as \`vpc\`). Same split for every variant.`, '');
  r.push('### Built-in template validator off (`CDK_VALIDATION=false`)', '');
  r.table(false);
  r.push('', `### Default: built-in template validator on (${VALIDATOR_RUNS} runs)`, '');
  r.table(true);
  r.push('', '### Targets (validator off)', '');
  if (QUICK) r.push('Not judged in a QUICK run.');
  else r.targets();
  r.push('', '### Where the patterns\' extra time goes', '');
  r.diagnostics();
  for (const scenario of SCENARIOS) {
    r.push('', `### What each variant builds: ${SCENARIO_LABELS[scenario]}, N = ${Math.max(...SIZES[scenario])}`, '');
    r.resources(scenario);
  }
  r.push('', 'Solutions Constructs is configured as close to QueueConsumer as its props allow (bench/pipeline-solutions.ts): its role\'s log '
    + 'permissions are inline in the role and cover every /aws/lambda/* log group (so the log group is named under /aws/lambda/), it adds '
    + 'an account-only statement to its queue policies and an AWS_NODEJS_CONNECTION_REUSE_ENABLED variable, and it builds no alarms, so the '
    + 'two alarms are added next to it as a user would. The hand-written L2 variant (bench/pipeline-l2.ts) builds the patterns\' resources '
    + 'but not what is not a resource: LambdaLimitChecks, prop validation, cdk-nag acknowledgements (metadata).');

  const report = r.lines.join('\n');
  console.log(`\n${report}`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, 'pipelines.md'), `${report}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), path.join(RESULTS_DIR, 'pipelines.md'))}`);
}

/** How many JavaScript files the compiled library has, and their size. */
function compiledLibraryStats(): { javaScriptFiles: number; bytes: number } {
  const libDir = path.join(ROOT, 'lib');
  const files = fs.readdirSync(libDir, { recursive: true, encoding: 'utf-8' }).filter(f => f.endsWith('.js'));
  return { javaScriptFiles: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(libDir, file)).size, 0) };
}

function packageVersion(name: string): string {
  const manifest = path.join(ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf-8')) as { version: string }).version;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
