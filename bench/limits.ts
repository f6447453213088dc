/**
 * `npm run bench:limits`: what LambdaLimitChecks costs at synth.
 *
 * Builds apps of N = 50 and N = 200 functions, each with an SQS queue, an event
 * source mapping, a version and an alias (split across stacks under the 500-resource
 * limit), and synthesizes each with and without LambdaLimitChecks, interleaved, in
 * this one process. Prints medians, the overhead ratio, time per function at both
 * sizes, and the cost of aws-cdk-lib's built-in CloudFormation validator on the same
 * app for comparison. Timings are medians of RUNS repetitions after a warm-up.
 *
 * The overhead is also measured directly: the time spent inside LambdaLimitChecks (its
 * aspect visits and its stage analysis, wrapped on the prototype) in each run with checks,
 * against the synth time without them. On a shared machine the difference of two medians is
 * noisy (a few percent either way); the time inside is not a difference. The overhead is also
 * given as the median of paired runs (each run with checks against the run without them next
 * to it), which cancels the machine's drift over the minutes a benchmark takes.
 *
 * The two are measured on their own, alternating which of them goes first (ABBA), and the
 * built-in validator afterwards, in its own interleaved runs: a run inherits the heap the run
 * before it left (a synth with the validator leaves hundreds of MB), so a fixed order would
 * charge one side with the garbage of the other. (Collecting the heap before each run was
 * tried and left out: forced full collections made every variant 30-50 % slower, a state no
 * real synth runs in.)
 */
import * as os from 'os';
import { App, Aspects, Duration, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { LambdaLimitChecks } from '../src';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

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

/**
 * Runs two variants RUNS times each, alternating which goes first (A B, B A, A B, ...), so that
 * neither always inherits the heap and the machine state of the other.
 */
function alternate(functions: number, first: Variant, second: Variant): { [V in Variant]?: { total: number; inside: number }[] } {
  const runs: { [V in Variant]?: { total: number; inside: number }[] } = { [first]: [], [second]: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const variant of run % 2 === 0 ? [first, second] : [second, first]) runs[variant]!.push(timeSynth(functions, variant));
  }
  return runs;
}

function main(): void {
  const results = new Map<string, number>();
  const inside = new Map<number, number>();
  const paired = new Map<number, number>();
  // Warm-up: module loading, JIT, the built-in validator's WASM engine. Three synths of the
  // smaller app per variant: after one synth of 10 functions, the first synth of 50 took 255-296 ms
  // and the next ones 10-25 % more than the 150-180 ms of the later ones (three checks).
  for (let warm = 0; warm < 3; warm++) {
    for (const variant of ['plain', 'checks', 'builtin-validator'] as const) timeSynth(SIZES[0], variant);
  }
  for (const n of SIZES) {
    const checked = alternate(n, 'plain', 'checks');
    const plain = checked.plain!.map(t => t.total);
    const checks = checked.checks!;
    results.set(`${n}/plain`, median(plain));
    results.set(`${n}/checks`, median(checks.map(t => t.total)));
    inside.set(n, median(checks.map(t => t.inside)));
    paired.set(n, median(checks.map((t, run) => t.total / plain[run] - 1)));
    // The built-in validator's cost, against its own plain runs (same alternation).
    const validated = alternate(n, 'plain', 'builtin-validator');
    results.set(`${n}/builtin-plain`, median(validated.plain!.map(t => t.total)));
    results.set(`${n}/builtin-validator`, median(validated['builtin-validator']!.map(t => t.total)));
  }

  const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(`\nLambdaLimitChecks synth cost: medians of ${RUNS} runs per cell, one process, alternating order (ABBA)`);
  console.log(`Machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  console.log(row(['functions', 'synth (validator off)', 'with LambdaLimitChecks', 'checks overhead (medians)', 'checks overhead (paired runs)',
    'time inside checks', 'inside / synth', 'per function (with checks)', 'built-in validator on', 'built-in validator overhead']));
  console.log(row(Array(10).fill('---')));
  for (const n of SIZES) {
    const plain = results.get(`${n}/plain`)!;
    const checks = results.get(`${n}/checks`)!;
    const builtin = results.get(`${n}/builtin-validator`)!;
    const builtinPlain = results.get(`${n}/builtin-plain`)!;
    const within = inside.get(n)!;
    console.log(row([n, ms(plain), ms(checks), `${(((checks / plain) - 1) * 100).toFixed(1)} %`, `${(paired.get(n)! * 100).toFixed(1)} %`, `${within.toFixed(1)} ms`,
      `${((within / plain) * 100).toFixed(1)} %`, `${(checks / n).toFixed(2)} ms`, ms(builtin), `${(((builtin / builtinPlain) - 1) * 100).toFixed(0)} %`]));
  }
  const perSmall = results.get(`${SIZES[0]}/checks`)! / SIZES[0];
  const perLarge = results.get(`${SIZES[1]}/checks`)! / SIZES[1];
  console.log(`\nTime per function at ${SIZES[1]} vs ${SIZES[0]}: ${((perLarge / perSmall - 1) * 100).toFixed(1)} % (linear scaling keeps this near 0)`);
  const insideSmall = inside.get(SIZES[0])! / SIZES[0];
  const insideLarge = inside.get(SIZES[1])! / SIZES[1];
  console.log(`Time inside checks per function: ${insideSmall.toFixed(3)} ms at ${SIZES[0]}, ${insideLarge.toFixed(3)} ms at ${SIZES[1]} (${((insideLarge / insideSmall - 1) * 100).toFixed(1)} %)`);
}

main();
