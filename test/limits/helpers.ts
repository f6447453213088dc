import { App, Aspects, Stack, type StackProps } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { LambdaLimitChecks, type LambdaLimitChecksProps } from '../../src';

/** One finding as the aspect reported it. */
export interface ReportedFinding {
  readonly level: 'error' | 'warning';
  /** Construct path the annotation is on. */
  readonly path: string;
  /** `cdk-lambda-patterns:<Rule>` */
  readonly ruleId: string;
  readonly message: string;
}

/** A new app with LambdaLimitChecks applied at the app level. */
export function checkedApp(props?: LambdaLimitChecksProps): App {
  const app = new App();
  Aspects.of(app).add(new LambdaLimitChecks(props));
  return app;
}

/** Synthesizes the app and returns every finding of this library, from every stack. */
export function findings(app: App): ReportedFinding[] {
  const assembly = app.synth({ force: true });
  const result: ReportedFinding[] = [];
  for (const stack of assembly.stacks) {
    for (const message of stack.messages) {
      const text = String(message.entry.data);
      const match = /\[(cdk-lambda-patterns:[A-Za-z0-9]+)\]/.exec(text);
      if (!match) continue;
      result.push({
        level: message.level === 'error' ? 'error' : 'warning',
        path: message.id,
        ruleId: match[1],
        message: text,
      });
    }
  }
  return result;
}

/** The findings of one rule. */
export function findingsOf(app: App, rule: string): ReportedFinding[] {
  return findings(app).filter(f => f.ruleId === `cdk-lambda-patterns:${rule}`);
}

/** A stack in a concrete environment (so region-dependent rules can run). */
export function envStack(app: App, id: string, props: StackProps = {}): Stack {
  return new Stack(app, id, { env: { account: '123456789012', region: 'eu-west-1' }, ...props });
}

/** A small Node.js function with inline code; props override the defaults. */
export function nodeFunction(scope: Construct, id: string, props: Partial<lambda.FunctionProps> = {}): lambda.Function {
  return new lambda.Function(scope, id, {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200 });'),
    ...props,
  });
}
