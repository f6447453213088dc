/**
 * The child process of `npm run bench` (bench/pipelines.ts starts one per measurement):
 * builds one app of N pipelines of one scenario and variant, synthesizes it, and prints
 * one line `BENCH_RESULT <json>` with its in-process timings, its peak memory, and what
 * it produced (resources and template bytes, resource types).
 *
 *   node pipeline-app.js <queue|composed> <patterns|l2|solutions> <N> [--time-checks]
 *
 * BENCH_OUTDIR=<dir> keeps the cloud assembly in <dir> (to diff the variants' templates).
 *
 * Only the chosen variant's modules are loaded (the library from the compiled lib/), so
 * that no variant pays for another's imports. Diagnostic (patterns only): `--time-checks`
 * also measures the time spent inside LambdaLimitChecks, and counts the distinct instances
 * that ran and the stage analyses they made (the patterns share one instance per app, which
 * analyses the app's one stage once: both counts should be 1).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { PipelineBuilder, Scenario, Variant } from './pipeline-common';
import type * as Library from '../src';

/** What one child run reports. */
export interface PipelineRunResult {
  readonly scenario: Scenario;
  readonly variant: Variant;
  readonly pipelines: number;
  /** Node start to the first line of this script. */
  readonly bootMs: number;
  /** Loading aws-cdk-lib modules and the variant's library. */
  readonly loadMs: number;
  /** Building the construct tree. */
  readonly constructMs: number;
  /** `app.synth()`: aspects, validation, template rendering and writing. */
  readonly synthMs: number;
  /** Time inside LambdaLimitChecks (visits and the per-stage analyses), with `--time-checks`. */
  readonly checksMs?: number;
  /** Distinct LambdaLimitChecks instances that visited the tree, with `--time-checks`. */
  readonly checksInstances?: number;
  /** Stage analyses (model the stage, evaluate the rules, report) the instances ran, with `--time-checks`. */
  readonly checksAnalyses?: number;
  /** Peak resident set size of this process right after synth, in bytes. */
  readonly maxRssBytes: number;
  readonly stacks: number;
  readonly resources: number;
  readonly templateBytes: number;
  /** SHA-256 of every template, in stack order: equal hashes mean byte-identical templates. */
  readonly templateSha256: string;
  /** Every file of the cloud assembly (templates, manifests, metadata, tree.json). */
  readonly assemblyBytes: number;
  /** Count of each resource type in the app. */
  readonly resourceTypes: { [type: string]: number };
  /** Whether aws-cdk-lib's built-in template validator ran. */
  readonly builtinValidator: boolean;
}

const bootMs = performance.now();

async function loadBuilder(scenario: Scenario, variant: Variant): Promise<{ build: PipelineBuilder; lib?: typeof Library }> {
  switch (variant) {
    case 'patterns': {
      const patterns = await import('./pipeline-patterns.js');
      const lib = await patterns.loadLibrary();
      return { build: scenario === 'queue' ? patterns.queuePipeline(lib) : patterns.composedPipeline(lib), lib };
    }
    case 'l2': {
      const l2 = await import('./pipeline-l2.js');
      return { build: scenario === 'queue' ? l2.queuePipeline : l2.composedPipeline };
    }
    case 'solutions': {
      if (scenario !== 'queue') throw new Error('bench: Solutions Constructs has no composed pipeline');
      return { build: (await import('./pipeline-solutions.js')).queuePipeline };
    }
  }
}

/** What `--time-checks` measured. */
interface ChecksTiming {
  readonly ms: number;
  readonly instances: number;
  readonly analyses: number;
}

/**
 * Sums the time spent inside LambdaLimitChecks (its aspect visits and its per-stage analysis,
 * the private `annotate` run as a construct validation during synth; not aws-cdk-lib's walk of
 * the tree that calls the aspect), counts the distinct instances (by identity: one instance
 * shared by every pattern counts once, however many scopes it was added to) and the calls to
 * `annotate` (one per instance and stage). The methods are wrapped on the prototype, so every
 * instance is measured, including one created before this ran; a call made from inside another
 * timed call is not counted twice.
 */
function timeLimitChecks(lib: typeof Library): () => ChecksTiming {
  let total = 0;
  let depth = 0;
  let analyses = 0;
  const instances = new Set<unknown>();
  const proto = lib.LambdaLimitChecks.prototype as unknown as { [method: string]: (...args: unknown[]) => unknown };
  for (const method of ['visit', 'annotate']) {
    const original = proto[method];
    if (typeof original !== 'function') throw new Error(`bench: LambdaLimitChecks has no method ${method} to time`);
    proto[method] = function (this: unknown, ...args: unknown[]) {
      instances.add(this);
      if (method === 'annotate') analyses++;
      const start = performance.now();
      depth++;
      try {
        return original.apply(this, args);
      } finally {
        depth--;
        if (depth === 0) total += performance.now() - start;
      }
    };
  }
  return () => ({ ms: total, instances: instances.size, analyses });
}

async function main(): Promise<void> {
  const [scenario, variant, count, ...flags] = process.argv.slice(2);
  if (!['queue', 'composed'].includes(scenario) || !['patterns', 'l2', 'solutions'].includes(variant) || !/^\d+$/.test(count ?? '')) {
    throw new Error('usage: pipeline-app <queue|composed> <patterns|l2|solutions> <N> [--time-checks]');
  }
  const pipelines = Number(count);
  const loadStart = performance.now();
  const { App } = await import('aws-cdk-lib');
  const common = await import('./pipeline-common.js');
  const unknownFlags = flags.filter(flag => flag !== '--time-checks');
  if (unknownFlags.length > 0) throw new Error(`bench: unknown flag(s) ${unknownFlags.join(' ')}; usage: pipeline-app <queue|composed> <patterns|l2|solutions> <N> [--time-checks]`);
  const { build, lib } = await loadBuilder(scenario as Scenario, variant as Variant);
  if (flags.includes('--time-checks') && !lib) throw new Error('bench: --time-checks is for the patterns variant');
  const timeChecks = flags.includes('--time-checks') && lib ? timeLimitChecks(lib) : undefined;
  const loadMs = performance.now() - loadStart;

  // BENCH_OUTDIR keeps the cloud assembly there (to compare variants' templates); by default it is a temporary directory.
  const keep = process.env.BENCH_OUTDIR;
  const outdir = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pipelines-'));
  try {
    const constructStart = performance.now();
    const app = new App({ outdir });
    common.buildPipelineApp(app, scenario as Scenario, pipelines, build);
    const synthStart = performance.now();
    const assembly = app.synth();
    const synthEnd = performance.now();
    const maxRssBytes = process.resourceUsage().maxRSS * 1024;
    const checks = timeChecks?.();

    const resourceTypes: { [type: string]: number } = {};
    let resources = 0;
    let templateBytes = 0;
    const hash = crypto.createHash('sha256');
    for (const stack of assembly.stacks) {
      const file = fs.readFileSync(path.join(assembly.directory, stack.templateFile));
      templateBytes += file.length;
      hash.update(file);
      const template = stack.template as { Resources?: { [id: string]: { Type: string } } };
      for (const resource of Object.values(template.Resources ?? {})) {
        resources++;
        resourceTypes[resource.Type] = (resourceTypes[resource.Type] ?? 0) + 1;
      }
    }
    const assemblyBytes = fs.readdirSync(outdir, { recursive: true, encoding: 'utf-8' })
      .map(file => fs.statSync(path.join(outdir, file)))
      .reduce((sum, stat) => sum + (stat.isFile() ? stat.size : 0), 0);
    const sources = path.join(common.repoRoot(), 'src') + path.sep;
    const transpiled = Object.keys(require.cache).filter(file => file.endsWith('.ts') || file.startsWith(sources));
    if (transpiled.length > 0) throw new Error(`bench: TypeScript sources were loaded in the child: ${transpiled.join(', ')}`);

    const result: PipelineRunResult = {
      scenario: scenario as Scenario,
      variant: variant as Variant,
      pipelines,
      bootMs,
      loadMs,
      constructMs: synthStart - constructStart,
      synthMs: synthEnd - synthStart,
      checksMs: checks?.ms,
      checksInstances: checks?.instances,
      checksAnalyses: checks?.analyses,
      maxRssBytes,
      stacks: assembly.stacks.length,
      resources,
      templateBytes,
      templateSha256: hash.digest('hex'),
      assemblyBytes,
      resourceTypes,
      builtinValidator: process.env.CDK_VALIDATION !== 'false',
    };
    process.stdout.write(`${common.RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    if (!keep) fs.rmSync(outdir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
