/**
 * `npm run bench:limits`: what LambdaLimitChecks costs at synth.
 *
 * Builds apps of N = 50 and N = 200 functions, each with an SQS queue, an event
 * source mapping, a version and an alias (split across stacks under the 500-resource
 * limit), and synthesizes each with and without LambdaLimitChecks, interleaved, in
 * this one process. Prints medians, the overhead ratio, time per function at both
 * sizes, and the cost of aws-cdk-lib's built-in CloudFormation validator on the same
 * app for comparison. Timings are medians of RUNS runs per cell after a warm-up.
 *
 * The overhead is also measured directly: the time spent inside LambdaLimitChecks (its
 * aspect visits and its stage analysis, wrapped on the prototype) in each run with checks,
 * against the synth time without them. On a shared machine the difference of two medians is
 * noisy (a few percent either way); the time inside is not a difference. The overhead is also
 * given as the median of paired runs (each run with checks against the run without them of the
 * same size next to it), which cancels the machine's drift over the minutes a benchmark takes.
 *
 * The runs go in blocks of one size, plain and checked alternating (see BLOCK), the blocks of
 * the two sizes alternating: a run inherits the heap the run before it left and the machine
 * drifts, so a fixed order charges one side with what the other left. The built-in
 * validator is measured first, in its own alternating runs (see main).
 * (Collecting the heap before each run was tried and left out: forced full collections made
 * every variant 30-50 % slower, a state no real synth runs in.)
 */
import * as os from 'os';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../src';

/** Recorded synths per size and variant (two per block, see BLOCK; an odd number is rounded up). */
const RUNS = Number(process.env.BENCH_RUNS ?? 32);
/** Runs per cell of the built-in validator's comparison (each takes about a second at 200 functions). */
const VALIDATOR_RUNS = Number(process.env.BENCH_VALIDATOR_RUNS ?? 5);

/** Time spent inside LambdaLimitChecks since the last reset (visits and stage analyses). */
let insideMs = 0;
{
  let depth = 0;
  const proto = LambdaLimitChecks.prototype as unknown as { [method: string]: (...args: unknown[]) => unknown };
  for (const method of ['visit', 'annotate']) {
    const original = proto[method];
    if (typeof original !== 'function') throw new Error(`bench: LambdaLimitChecks has no method ${method} to time`);
    proto[method] = function (this: unknown, ...args: unknown[]) {
      const start = process.hrtime.bigint();
      depth++;
      try {
        return original.apply(this, args);
      } finally {
        depth--;
        if (depth === 0) insideMs += Number(process.hrtime.bigint() - start) / 1e6;
      }
    };
  }
}
const SIZES = [50, 200];
const FUNCTIONS_PER_STACK = 50;

type Variant = 'plain' | 'checks' | 'builtin-validator';

function buildApp(functions: number, withChecks: boolean): App {
  const app = new App();
  if (withChecks) Aspects.of(app).add(new LambdaLimitChecks());
  let stack: Stack | undefined;
  for (let i = 0; i < functions; i++) {
    if (i % FUNCTIONS_PER_STACK === 0) {
      stack = new Stack(app, `Bench${i / FUNCTIONS_PER_STACK}`, { env: { account: '123456789012', region: 'eu-west-1' } });
    }
    const fn = new lambda.Function(stack!, `Fn${i}`, {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(`exports.handler = async () => ${i};`),
      timeout: Duration.seconds(30),
      memorySize: 256,
    });
    const alias = new lambda.Alias(stack!, `Alias${i}`, { aliasName: 'live', version: fn.currentVersion });
    const queue = new sqs.Queue(stack!, `Queue${i}`, { visibilityTimeout: Duration.seconds(180) });
    alias.addEventSource(new SqsEventSource(queue, { reportBatchItemFailures: true }));
  }
  return app;
}

/** Whole synth time (construct + synth) and, of it, the time inside LambdaLimitChecks. */
function timeSynth(functions: number, variant: Variant): { total: number; inside: number } {
  process.env.CDK_VALIDATION = variant.includes('builtin-validator') ? 'true' : 'false';
  insideMs = 0;
  const start = process.hrtime.bigint();
  buildApp(functions, variant.startsWith('checks')).synth();
  return { total: Number(process.hrtime.bigint() - start) / 1e6, inside: insideMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Cell {
  readonly functions: number;
  readonly variant: Variant;
  readonly runs: { total: number; inside: number }[];
}

/**
 * One block: plain and checked synths of one size, alternating which goes first (ABBA), after
 * one synth that is not recorded. Blocks of the two sizes alternate, so that the machine's drift
 * over the minutes of a run weighs on both sizes alike (measured all of one size, then all of the
 * other, the time per function grew from 50 to 200 functions by +22.6 % in one run of the same
 * code whose blocks give -2 % to +6 %), and the unrecorded synth takes on the heap the other size
 * left (a synth of 200 functions leaves four times the garbage of one of 50: in a first version of
 * this order without it, the medians at 50 functions differed by 36.6 % where the paired runs
 * differed by 7.6 %).
 */
const BLOCK: readonly Variant[] = ['plain', 'checks', 'checks', 'plain'];

/**
 * Runs two variants VALIDATOR_RUNS times each, alternating which goes first (A B, B A, ...), so
 * that neither always inherits the heap and the machine state of the other.
 */
function alternate(functions: number, first: Variant, second: Variant): { [V in Variant]?: number[] } {
  const runs: { [V in Variant]?: number[] } = { [first]: [], [second]: [] };
  for (let run = 0; run < VALIDATOR_RUNS; run++) {
    for (const variant of run % 2 === 0 ? [first, second] : [second, first]) runs[variant]!.push(timeSynth(functions, variant).total);
  }
  return runs;
}

function main(): void {
  const cells: Cell[] = SIZES.flatMap(functions => (['plain', 'checks'] as const).map(variant => ({ functions, variant, runs: [] })));
  const cellOf = (functions: number, variant: Variant): Cell => cells.find(c => c.functions === functions && c.variant === variant)!;
  // Warm-up (module loading, JIT, the built-in validator's WASM engine): not recorded.
  for (const n of SIZES) for (const variant of ['plain', 'checks', 'builtin-validator'] as const) timeSynth(n, variant);
  // The built-in validator's cost first, against its own plain runs: aws-cdk-lib's token map keeps
  // every token of every app synthesized in the process (2,000 more tokens and 4.5 MB more live
  // heap per synth of 200 bare functions), so the heap, and the cost of collecting it, grows with every synth;
  // measured last, after 64 runs per cell of the checks, the validator added 402 % at 50 functions.
  const validator = new Map(SIZES.map(n => [n, alternate(n, 'plain', 'builtin-validator')]));
  // Block -1 settles the heap the validator's synths left (hundreds of MB): not recorded.
  for (let block = -1; block < RUNS / BLOCK.length * 2; block++) {
    for (const n of block % 2 === 0 ? SIZES : [...SIZES].reverse()) {
      timeSynth(n, block % 2 === 0 ? 'plain' : 'checks');
      for (const variant of BLOCK) {
        const timing = timeSynth(n, variant);
        if (block >= 0) cellOf(n, variant).runs.push(timing);
      }
    }
  }

  const row = (cells_: (string | number)[]) => `| ${cells_.join(' | ')} |`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  console.log(`\nLambdaLimitChecks synth cost: medians of ${cellOf(SIZES[0], 'plain').runs.length} runs per cell, one process, sizes in alternating blocks, variants alternating (ABBA)`);
  console.log(`Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.log(row(['functions', 'synth (validator off)', 'with LambdaLimitChecks', 'checks overhead (medians)', 'checks overhead (paired runs)',
    'time inside checks', 'inside / synth', 'per function (with checks)', 'built-in validator on', 'built-in validator overhead']));
  console.log(row(Array(10).fill('---')));
  const perFunction = new Map<number, { plain: number; checks: number; inside: number }>();
  for (const n of SIZES) {
    const plainRuns = cellOf(n, 'plain').runs.map(t => t.total);
    const checkRuns = cellOf(n, 'checks').runs;
    const plain = median(plainRuns);
    const checks = median(checkRuns.map(t => t.total));
    const within = median(checkRuns.map(t => t.inside));
    // Each checked synth against the unchecked one next to it (same size and block).
    const paired = median(checkRuns.map((t, run) => t.total / plainRuns[run] - 1));
    const builtinPlain = median(validator.get(n)!.plain!);
    const builtin = median(validator.get(n)!['builtin-validator']!);
    perFunction.set(n, { plain: plain / n, checks: checks / n, inside: within / n });
    console.log(row([n, ms(plain), ms(checks), pct(checks / plain - 1), pct(paired), `${within.toFixed(1)} ms`, pct(within / plain),
      `${(checks / n).toFixed(2)} ms`, ms(builtin), `${(((builtin / builtinPlain) - 1) * 100).toFixed(0)} %`]));
  }
  const [small, large] = SIZES.map(n => perFunction.get(n)!);
  console.log(`\nTime per function at ${SIZES[1]} vs ${SIZES[0]} (linear scaling keeps these near 0):`);
  console.log(`  with LambdaLimitChecks: ${small.checks.toFixed(2)} ms -> ${large.checks.toFixed(2)} ms (${pct(large.checks / small.checks - 1)})`);
  console.log(`  without:                ${small.plain.toFixed(2)} ms -> ${large.plain.toFixed(2)} ms (${pct(large.plain / small.plain - 1)})`);
  console.log(`  inside the checks:      ${small.inside.toFixed(3)} ms -> ${large.inside.toFixed(3)} ms (${pct(large.inside / small.inside - 1)})`);
}

main();
