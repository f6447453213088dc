/**
 * Property-based test: LambdaLimitChecks over raw L1 functions and event source mappings
 * with random (often out-of-range, sometimes token) property values. Whatever the values,
 * synth ends cleanly, and every finding names the property it is about; the checks
 * never throw.
 */
import { App, Aspects, CfnParameter, Stack, Token } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as fc from 'fast-check';
import { LambdaLimitChecks } from '../../src';
import { findings } from '../limits/helpers';

const SEED = 20261123;

const numberOrToken = (min: number, max: number) => fc.oneof(
  fc.integer({ min, max }),
  fc.constant('token' as const),
  fc.constant(undefined),
);

test('random function and mapping settings: synth never throws and findings name their property', () => {
  fc.assert(fc.property(
    fc.record({
      memorySize: numberOrToken(-10, 20_000),
      timeout: numberOrToken(-5, 2_000),
      ephemeral: numberOrToken(0, 20_000),
      envValueLength: fc.integer({ min: 0, max: 6_000 }),
      reserved: numberOrToken(-1, 3_000),
      batchSize: numberOrToken(0, 20_000),
      window: numberOrToken(-1, 400),
      visibility: numberOrToken(0, 50_000),
      runtime: fc.constantFrom('nodejs22.x', 'python3.13', 'java21', 'nodejs16.x', 'provided.al2023', 'go1.x'),
      arm: fc.boolean(),
    }),
    (p) => {
      const app = new App();
      Aspects.of(app).add(new LambdaLimitChecks({ evaluationDate: new Date('2026-11-23') }));
      const stack = new Stack(app, 'S', { env: { account: '123456789012', region: 'eu-west-1' } });
      const param = new CfnParameter(stack, 'P', { type: 'Number' });
      const num = (v: number | 'token' | undefined) => v === 'token' ? Token.asNumber(param.value) : v;
      const fn = new lambda.CfnFunction(stack, 'Fn', {
        role: 'arn:aws:iam::123456789012:role/r',
        code: { zipFile: 'exports.handler = async () => 1;' },
        handler: 'index.handler',
        runtime: p.runtime,
        architectures: [p.arm ? 'arm64' : 'x86_64'],
        memorySize: num(p.memorySize),
        timeout: num(p.timeout),
        ephemeralStorage: p.ephemeral === undefined ? undefined : { size: num(p.ephemeral)! },
        reservedConcurrentExecutions: num(p.reserved),
        environment: { variables: { CONFIG: 'x'.repeat(p.envValueLength) } },
      });
      const queue = new sqs.CfnQueue(stack, 'Q', { visibilityTimeout: num(p.visibility) });
      new lambda.CfnEventSourceMapping(stack, 'Esm', {
        functionName: fn.ref,
        eventSourceArn: queue.attrArn,
        batchSize: num(p.batchSize),
        maximumBatchingWindowInSeconds: num(p.window),
      });
      const found = findings(app);
      for (const f of found) {
        expect(f.message).toMatch(/\] \/?S\/[^:]+: [A-Za-z.]+ is .+; the limit is .+ See https:\/\//);
      }
      const memoryFindings = found.filter(f => f.ruleId === 'cdk-lambda-patterns:FunctionMemorySize');
      if (typeof p.memorySize === 'number' && (p.memorySize < 128 || p.memorySize > 10_240)) {
        expect(memoryFindings).toHaveLength(1);
        expect(memoryFindings[0].message).toContain(`MemorySize is ${p.memorySize} MB`);
      } else {
        expect(memoryFindings).toEqual([]);
      }
    },
  ), { seed: SEED, numRuns: 200 });
});
