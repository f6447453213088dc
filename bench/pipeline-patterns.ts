/**
 * The `patterns` variant of `npm run bench`: the pipelines built with this library, loaded
 * from the compiled lib/ (never from src/, so that no variant pays TypeScript transpilation),
 * installed under node_modules as users install it.
 * Each pattern applies LambdaLimitChecks to itself (all of an app's patterns share one
 * instance, which models and evaluates the stage once per synth); that cost is part of what
 * users pay and is measured with the rest.
 */
import * as fs from 'fs';
import * as path from 'path';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { handlerProps, type PipelineBuilder } from './pipeline-common';
import type * as Library from '../src';

/**
 * Loads the compiled library (run `npx projen compile` first) as users load it: from the copy
 * `npm run bench` installs under the child's node_modules (see installLibrary in pipelines.ts).
 */
export async function loadLibrary(): Promise<typeof Library> {
  const installed = path.join(__dirname, 'node_modules', 'cdk-lambda-patterns', 'lib', 'index.js');
  if (!fs.existsSync(installed)) throw new Error(`bench: the library is not installed at ${installed}; run it through \`npm run bench\`.`);
  return (await import(installed)) as typeof Library;
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
