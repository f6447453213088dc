/**
 * Issue 10, compliance: every pattern alone, in its default configuration, checked by
 * cdk-nag's AwsSolutions, Serverless, NIST 800-53 R5 and HIPAA Security packs. What is
 * left on a pattern's resources is exactly the user's policy decisions of
 * test/compliance-acknowledgements.ts; with those acknowledged no error is left; and
 * the README's compliance section lists every acknowledgement (inside the patterns, policy, fixtures)
 * and every fixed finding exactly as the code has them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Duration, Names, Stack, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kinesis from 'aws-cdk-lib/aws-kinesis';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { KinesisEventSource, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import {
  acknowledgePolicyDecisions,
  FIXED_FINDINGS,
  FIXTURE_ACKNOWLEDGEMENTS,
  type FixtureAcknowledgement,
  PATTERN_CASES,
  type PatternCase,
  type PlainEquivalent,
  POLICY_ACKNOWLEDGEMENTS,
} from './compliance-acknowledgements';
import { type NagPack, nagErrors, nagViolations, type NagViolation } from './nag';
import {
  AsyncInvocation,
  CanaryDeployment,
  DeploymentStrategy,
  EdgeHandler,
  ProvisionedConcurrency,
  QueueConsumer,
  StreamConsumer,
  ViewerFunction,
  VpcFunction,
} from '../src';

const ALL_PACKS: readonly NagPack[] = ['AwsSolutions', 'Serverless', 'NIST.800.53.R5', 'HIPAA.Security'];
const env = { account: '123456789012', region: 'eu-west-1' };
const DOC = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf-8');

function functionProps(): lambda.FunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => event;'),
  };
}

function acknowledgeFixture(fixture: IConstruct, acknowledgement: FixtureAcknowledgement): void {
  Validations.of(fixture).acknowledge(...acknowledgement.ids.map(id => ({ id, reason: acknowledgement.reason })));
}

/** The user's own function (memory and timeout set, as a careful user does). */
function userFunction(stack: Stack): lambda.Function {
  const fn = new lambda.Function(stack, 'UserFunction', { ...functionProps(), memorySize: 256, timeout: Duration.seconds(10) });
  acknowledgeFixture(fn, FIXTURE_ACKNOWLEDGEMENTS.userFunction);
  return fn;
}

function userTable(stack: Stack): dynamodb.Table {
  const table = new dynamodb.Table(stack, 'UserTable', {
    partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
  });
  acknowledgeFixture(table, FIXTURE_ACKNOWLEDGEMENTS.table);
  return table;
}

function userDistribution(stack: Stack): { distribution: cloudfront.Distribution; origin: cloudfront.IOrigin } {
  const origin = new origins.HttpOrigin('example.com');
  const distribution = new cloudfront.Distribution(stack, 'UserDistribution', { defaultBehavior: { origin } });
  acknowledgeFixture(distribution, FIXTURE_ACKNOWLEDGEMENTS.distribution);
  return { distribution, origin };
}

/** Each pattern in its default configuration; the fixtures are only what the pattern requires. */
const BUILDERS: { readonly [name in PatternCase]: (stack: Stack) => Construct } = {
  'QueueConsumer': stack => new QueueConsumer(stack, 'Pattern', { functionProps: functionProps(), queueProps: {} }),
  'StreamConsumer (Kinesis)': stack => new StreamConsumer(stack, 'Pattern', { functionProps: functionProps(), streamProps: {} }),
  'StreamConsumer (DynamoDB)': stack => new StreamConsumer(stack, 'Pattern', { functionProps: functionProps(), table: userTable(stack) }),
  'AsyncInvocation': stack => new AsyncInvocation(stack, 'Pattern', { functionProps: functionProps() }),
  'VpcFunction': stack => new VpcFunction(stack, 'Pattern', { functionProps: functionProps() }),
  'CanaryDeployment (CODEDEPLOY)': stack => new CanaryDeployment(stack, 'Pattern', { functionProps: functionProps() }),
  'CanaryDeployment (WEIGHTED)': stack => {
    const fn = userFunction(stack);
    return new CanaryDeployment(stack, 'Pattern', {
      function: fn,
      strategy: DeploymentStrategy.WEIGHTED,
      previousVersion: lambda.Version.fromVersionAttributes(stack, 'PreviousVersion', { lambda: fn, version: '1' }),
    });
  },
  'ProvisionedConcurrency': stack => {
    const fn = userFunction(stack);
    const alias = new lambda.Alias(stack, 'UserAlias', { aliasName: 'live', version: fn.currentVersion });
    return new ProvisionedConcurrency(stack, 'Pattern', { alias, maxCapacity: 10 });
  },
  'EdgeHandler': stack => new EdgeHandler(stack, 'Pattern', {
    eventType: cloudfront.LambdaEdgeEventType.ORIGIN_REQUEST,
    functionProps: functionProps(),
    ...userDistribution(stack),
    pathPattern: '/api/*',
  }),
  'ViewerFunction': stack => new ViewerFunction(stack, 'Pattern', {
    eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
    code: cloudfront.FunctionCode.fromInline('function handler(event) { return event.request; }'),
    ...userDistribution(stack),
    pathPattern: '/docs/*',
  }),
};

interface Built { readonly app: App; readonly pattern: Construct }

function build(name: PatternCase): Built {
  const app = new App();
  const pattern = BUILDERS[name](new Stack(app, 'Stack', { env }));
  return { app, pattern };
}

/** The us-east-1 stack EdgeHandler creates for a Lambda@Edge function of a stack in another Region. */
const EDGE_STACK = /^edge-lambda-stack-[0-9a-f]+\//;

/**
 * The path of a construct relative to the pattern that created it, or undefined when the
 * pattern did not create it. A Lambda@Edge function and its role and log group are in the
 * us-east-1 stack, named after the pattern's unique id.
 */
function patternPath(construct: string, pattern: Construct): string | undefined {
  const prefix = `${pattern.node.path}/`;
  if (construct.startsWith(prefix)) return construct.slice(prefix.length);
  if (!EDGE_STACK.test(construct)) return undefined;
  const rest = construct.replace(EDGE_STACK, '').replace(Names.uniqueId(pattern), '');
  return `(us-east-1 stack) ${rest === '' ? 'Function' : rest}`;
}

const POLICY_IDS = POLICY_ACKNOWLEDGEMENTS.flatMap(a => a.ids);

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

describe.each(PATTERN_CASES)('%s alone, default configuration, four cdk-nag packs', name => {
  test('errors left on the pattern are exactly the policy decisions listed for it; fixtures leave only policy decisions', () => {
    const { app, pattern } = build(name);
    const violations = nagViolations(app, ALL_PACKS);
    // The packs ran: every case has findings somewhere (the patterns' or the fixtures').
    expect(violations.length).toBeGreaterThan(0);
    const errors = violations.filter(v => v.severity === 'error');
    const onPattern = errors.filter(e => patternPath(e.path, pattern) !== undefined).map(e => e.rule);
    const expected = POLICY_ACKNOWLEDGEMENTS.filter(a => a.patterns.includes(name)).flatMap(a => a.ids);
    expect(unique(onPattern)).toEqual(unique(expected));
    const onFixtures = errors.filter(e => patternPath(e.path, pattern) === undefined && !POLICY_IDS.includes(e.rule));
    expect(onFixtures).toEqual([]);
  });

  test('with the documented policy decisions acknowledged for the app, no error is left', () => {
    const { app } = build(name);
    acknowledgePolicyDecisions(app);
    expect(nagErrors(app, ALL_PACKS)).toEqual([]);
  });
});

/** An acknowledgement recorded inside a pattern, as the docs table shows it. */
interface PatternAcknowledgementRow { ids: string; pattern: string; resource: string; reason: string }

/** Test-specific parts of rule ids and paths (logical ids, the account, generated names), generalized. */
function generalize(text: string, pattern: Construct): string {
  return text
    .replace(/<[A-Za-z0-9]+\.Arn>/g, '<Function.Arn>')
    .replace(env.account, '<account>')
    .replace(Names.uniqueId(pattern), '<function name>')
    .replace(/SqsEventSource:[A-Za-z0-9]+/, 'SqsEventSource:<queue id>');
}

/** Every cdk-nag acknowledgement the patterns make on their own resources, grouped by resource and reason. */
function patternAcknowledgements(): PatternAcknowledgementRow[] {
  const rows = new Map<string, PatternAcknowledgementRow & { idList: string[] }>();
  for (const name of PATTERN_CASES) {
    const { app, pattern } = build(name);
    for (const construct of app.node.findAll()) {
      const where = patternPath(construct.node.path, pattern);
      if (where === undefined) continue;
      for (const entry of construct.node.metadata.filter(m => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)) {
        for (const [qualifiedId, reason] of Object.entries(entry.data as { [id: string]: string })) {
          // cdk-nag rules are acknowledged as annotations; other plugins' ids (aws-cdk-lib's own template validator) are not ours.
          if (!qualifiedId.startsWith('Annotation::')) continue;
          const resource = `\`${generalize(where, pattern)}\``;
          const key = JSON.stringify([name, resource, reason]);
          const row = rows.get(key) ?? { ids: '', pattern: name, resource, reason, idList: [] };
          row.idList.push(`\`${generalize(qualifiedId.slice('Annotation::'.length), pattern)}\``);
          rows.set(key, row);
        }
      }
    }
  }
  return [...rows.values()].map(({ idList, ...row }) => ({ ...row, ids: idList.join(', ') }));
}

/** The rows of the first table after a heading of the README's compliance section, each as its cells. */
function docTable(heading: string): string[][] {
  const lines = DOC.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const table: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (table.length > 0) break;
      continue;
    }
    table.push(line.slice(1, -1).split('|').map(cell => cell.trim()));
  }
  // Drop the header and the separator.
  return table.slice(2);
}

function codeList(ids: readonly string[]): string {
  return ids.map(id => `\`${id}\``).join(', ');
}

function sortRows(rows: string[][]): string[][] {
  return [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe("the README's compliance section", () => {
  test('"Acknowledged inside the patterns" lists every acknowledgement the patterns make, with its exact reason', () => {
    const expected = patternAcknowledgements().map(r => [r.ids, r.pattern, r.resource, r.reason]);
    expect(expected.length).toBeGreaterThan(0);
    for (const row of expected) expect(row.join('')).not.toContain('|');
    expect(sortRows(docTable('### Acknowledged inside the patterns'))).toEqual(sortRows(expected));
  });

  test('"Your policy decisions" is POLICY_ACKNOWLEDGEMENTS, row for row', () => {
    const expected = POLICY_ACKNOWLEDGEMENTS.map(a => [codeList(a.ids), `${a.patterns.join(', ')}: ${a.resources}`, a.reason]);
    for (const row of expected) expect(row.join('')).not.toContain('|');
    expect(docTable('### Your policy decisions')).toEqual(expected);
  });

  test('"Fixed instead of acknowledged" is FIXED_FINDINGS, row for row', () => {
    const expected = FIXED_FINDINGS.map(f => [codeList(f.ids), f.patterns.join(', '), `\`${f.plain}\``, f.fix]);
    for (const row of expected) expect(row.join('')).not.toContain('|');
    expect(docTable('### Fixed instead of acknowledged')).toEqual(expected);
  });

  test('"Test fixtures" is FIXTURE_ACKNOWLEDGEMENTS, row for row', () => {
    const expected = Object.values(FIXTURE_ACKNOWLEDGEMENTS).map(f => [codeList(f.ids), f.fixture, f.reason]);
    expect(docTable('### Test fixtures')).toEqual(expected);
  });
});

/** The plain aws-cdk-lib constructs, with their defaults, that the fixed findings are compared with. */
const PLAIN: { readonly [name in PlainEquivalent]: (stack: Stack) => void } = {
  'lambda.Function': stack => {
    new lambda.Function(stack, 'Plain', functionProps());
  },
  'sqs.Queue with SqsEventSource': stack => {
    new lambda.Function(stack, 'Plain', functionProps()).addEventSource(new SqsEventSource(new sqs.Queue(stack, 'Queue')));
  },
  'KinesisEventSource': stack => {
    new lambda.Function(stack, 'Plain', functionProps())
      .addEventSource(new KinesisEventSource(new kinesis.Stream(stack, 'Stream'), { startingPosition: lambda.StartingPosition.LATEST }));
  },
  'ec2.Vpc': stack => {
    new ec2.Vpc(stack, 'Plain', { maxAzs: 2, natGateways: 1 });
  },
};

function violationsOf(setup: (app: App) => void): NagViolation[] {
  const app = new App();
  setup(app);
  return nagViolations(app, ALL_PACKS);
}

describe.each(FIXED_FINDINGS.map(f => [f.ids.join(', '), f] as const))('fixed: %s', (_ids, fixed) => {
  test(`the plain ${fixed.plain} reports each of them`, () => {
    const rules = unique(violationsOf(app => PLAIN[fixed.plain](new Stack(app, 'Stack', { env }))).map(v => v.rule.replace(/\[.*$/, '')));
    for (const id of fixed.ids) expect(rules).toContain(id);
  });

  test.each(fixed.patterns)('%s reports none of them on its resources', name => {
    const { app, pattern } = build(name);
    const onPattern = nagViolations(app, ALL_PACKS)
      .filter(v => patternPath(v.path, pattern) !== undefined && fixed.ids.includes(v.rule.replace(/\[.*$/, '')));
    expect(onPattern).toEqual([]);
  });
});
