import { Annotations, App, Aspects, Stack, Stage } from 'aws-cdk-lib';
import { Annotations as AssertAnnotations, Match } from 'aws-cdk-lib/assertions';
import { Construct } from 'constructs';
import { checkedApp, envStack, findings, findingsOf, nodeFunction } from './helpers';
import { LambdaLimitChecks, LimitSeverity } from '../../src';
import * as engine from '../../src/limits/engine';
import { applyLimitChecks } from '../../src/private/apply-limit-checks';

describe('LambdaLimitChecks as an aspect', () => {
  test('reports a finding once however many instances and scopes apply it', () => {
    const app = checkedApp();
    const stack = envStack(app, 'S');
    Aspects.of(stack).add(new LambdaLimitChecks());
    Aspects.of(app).add(new LambdaLimitChecks());
    const pattern = new Construct(stack, 'Pattern');
    applyLimitChecks(pattern);
    applyLimitChecks(pattern);
    nodeFunction(pattern, 'Fn', { memorySize: 64 });
    expect(findingsOf(app, 'FunctionMemorySize')).toHaveLength(1);
  });

  test('an instance only reports resources inside the scope it was added to', () => {
    const app = new App();
    const checked = envStack(app, 'Checked');
    const unchecked = envStack(app, 'Unchecked');
    Aspects.of(checked).add(new LambdaLimitChecks());
    nodeFunction(checked, 'Fn', { memorySize: 64 });
    nodeFunction(unchecked, 'Fn', { memorySize: 64 });
    expect(findings(app).map(f => f.path)).toEqual(['/Checked/Fn/Resource']);
  });

  test("the user's instance higher in the tree wins over a pattern's own, with the user's settings", () => {
    const app = new App();
    Aspects.of(app).add(new LambdaLimitChecks({ disabledRules: ['FunctionMemorySize'] }));
    const pattern = new Construct(envStack(app, 'S'), 'Pattern');
    applyLimitChecks(pattern);
    nodeFunction(pattern, 'Fn', { memorySize: 64 });
    expect(findingsOf(app, 'FunctionMemorySize')).toHaveLength(0);
  });

  test("a pattern's own instance reports when the user added none", () => {
    const app = new App();
    const pattern = new Construct(envStack(app, 'S'), 'Pattern');
    applyLimitChecks(pattern);
    nodeFunction(pattern, 'Fn', { memorySize: 64 });
    expect(findingsOf(app, 'FunctionMemorySize')).toHaveLength(1);
  });

  test('severityOverrides turns an error into an acknowledgeable warning', () => {
    const app = checkedApp({ severityOverrides: { 'cdk-lambda-patterns:FunctionMemorySize': LimitSeverity.WARNING } });
    const stack = envStack(app, 'S');
    nodeFunction(stack, 'Fn', { memorySize: 64 });
    nodeFunction(stack, 'Acked', { memorySize: 64 });
    Annotations.of(stack.node.findChild('Acked')).acknowledgeWarning('cdk-lambda-patterns:FunctionMemorySize', 'test');
    const found = findingsOf(app, 'FunctionMemorySize');
    expect(found.map(f => [f.level, f.path])).toEqual([['warning', '/S/Fn/Resource']]);
    AssertAnnotations.fromStack(stack).hasWarning('/S/Fn/Resource', Match.stringLikeRegexp('MemorySize is 64 MB'));
  });

  test('analyses the stacks of a nested stage it is added to (aspects do not cross stage boundaries)', () => {
    const app = new App();
    const stage = new Stage(app, 'Prod');
    Aspects.of(stage).add(new LambdaLimitChecks());
    nodeFunction(new Stack(stage, 'S'), 'Fn', { memorySize: 64 });
    const assembly = app.synth();
    const nested = assembly.getNestedAssembly('assembly-Prod');
    const messages = nested.stacks.flatMap(s => s.messages.map(m => String(m.entry.data)));
    expect(messages.filter(m => m.includes('cdk-lambda-patterns:FunctionMemorySize'))).toHaveLength(1);
  });

  test('rejects settings that cannot be right, with the reason', () => {
    expect(() => new LambdaLimitChecks({ accountConcurrencyLimit: 100 })).toThrow(/accountConcurrencyLimit must be an integer above 100/);
    expect(() => new LambdaLimitChecks({ vpcEniLimit: 0 })).toThrow(/vpcEniLimit must be a positive integer/);
    expect(() => new LambdaLimitChecks({ evaluationDate: new Date('nope') })).toThrow(/evaluationDate/);
    expect(() => new LambdaLimitChecks({ disabledRules: ['NoSuchRule'] })).toThrow(/disabledRules names an unknown rule 'NoSuchRule'/);
  });

  test('lists its rules with ids, severities and documentation', () => {
    const rules = LambdaLimitChecks.rules();
    expect(rules.length).toBeGreaterThan(0);
    expect(rules).toContainEqual(expect.objectContaining({
      id: 'cdk-lambda-patterns:FunctionMemorySize',
      severity: LimitSeverity.ERROR,
      documentation: expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//),
    }));
    expect(new LambdaLimitChecks({ disabledRules: ['FunctionMemorySize'] }).ruleIds).not.toContain('cdk-lambda-patterns:FunctionMemorySize');
  });

  test("reports this package's version to the validation report", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { version } = require('../../package.json') as { version: string };
    expect(new LambdaLimitChecks().version).toBe(version);
  });
});

describe('cost', () => {
  test('many pattern-level instances with the same settings evaluate the rules once per stage', () => {
    const spy = jest.spyOn(engine, 'evaluate');
    try {
      const app = new App();
      const stack = envStack(app, 'S');
      for (let i = 0; i < 20; i++) {
        const pattern = new Construct(stack, `Pattern${i}`);
        applyLimitChecks(pattern);
        nodeFunction(pattern, 'Fn', { memorySize: i === 0 ? 64 : 256 });
      }
      expect(findingsOf(app, 'FunctionMemorySize')).toHaveLength(1);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
