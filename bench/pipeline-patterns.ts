/**
 * The `patterns` variant of `npm run bench`: the pipelines built with this library, loaded
 * from the compiled lib/ (never from src/, so that no variant pays TypeScript transpilation).
 * Each pattern applies LambdaLimitChecks to itself; that cost is part of what users pay and
 * is measured with the rest.
 */
import * as path from 'path';
import { AspectPriority, Aspects } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct, IConstruct } from 'constructs';
import { handlerProps, type PipelineBuilder, repoRoot } from './pipeline-common';
import type * as Library from '../src';
import type * as ApplyLimitChecks from '../src/private/apply-limit-checks';

/** Loads the compiled library (run `npx projen compile` first). */
export async function loadLibrary(): Promise<typeof Library> {
  return (await import(path.join(repoRoot(), 'lib', 'index.js'))) as typeof Library;
}

/** One SQS -> Lambda pipeline: QueueConsumer with `functionProps` and `queueProps`. */
export function queuePipeline(lib: typeof Library): PipelineBuilder {
  return (scope: Construct, index: number) => {
    new lib.QueueConsumer(scope, 'Consumer', { functionProps: handlerProps(index), queueProps: {} });
  };
}

/**
 * The composed pipeline: a function in the stack's VPC, released through a CodeDeploy canary,
 * kept warm with provisioned concurrency, consuming a queue through its alias.
 */
export function composedPipeline(lib: typeof Library): PipelineBuilder {
  return (scope: Construct, index: number, vpc: ec2.IVpc | undefined) => {
    const handler = new lib.VpcFunction(scope, 'Handler', { functionProps: handlerProps(index), vpc });
    const release = new lib.CanaryDeployment(scope, 'Release', { function: handler.function });
    new lib.ProvisionedConcurrency(scope, 'Warm', { alias: release.alias, maxCapacity: 10 });
    new lib.QueueConsumer(scope, 'Consumer', { function: release.alias, queueProps: {} });
  };
}

/**
 * A diagnostic, not a variant: simulates the fix the benchmark proposes for the patterns'
 * LambdaLimitChecks cost. Today every pattern (and QueueConsumer's event source mapping) gets
 * its own LambdaLimitChecks instance, and every instance analyses the whole stage at synth, so
 * an app of N pipelines runs 2N whole-app analyses. Here the compiled `applyLimitChecks` is
 * replaced (in this process only) by one that adds a single instance per app to every pattern
 * scope, so the stage is analysed once and findings are still reported only inside those scopes.
 */
export async function simulateSharedLimitChecks(lib: typeof Library): Promise<void> {
  const module = (await import(path.join(repoRoot(), 'lib', 'private', 'apply-limit-checks.js'))) as typeof ApplyLimitChecks;
  const shared = new WeakMap<IConstruct, Library.LambdaLimitChecks>();
  module.applyLimitChecks = (scope: IConstruct): void => {
    if (Aspects.of(scope).all.some(aspect => aspect instanceof lib.LambdaLimitChecks)) return;
    let checks = shared.get(scope.node.root);
    if (checks === undefined) {
      checks = new lib.LambdaLimitChecks();
      shared.set(scope.node.root, checks);
    }
    Aspects.of(scope).add(checks, { priority: AspectPriority.READONLY });
  };
}
