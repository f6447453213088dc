/**
 * Property-based test: every public pattern built with random props, including
 * out-of-range values and unresolved tokens (a CfnParameter's value, Lazy values) for
 * its numeric and Duration props. Whatever the values, building the construct and
 * synthesizing the app either ends cleanly or throws an error whose message names one of
 * the props the case set (or the value given to it); never a TypeError, ReferenceError or
 * an error that names nothing.
 */
import { App, CfnParameter, Duration, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as fc from 'fast-check';
import {
  AsyncInvocation,
  CanaryDeployment,
  DeploymentStrategy,
  EdgeHandler,
  FrontDoor,
  HttpFunction,
  ProvisionedConcurrency,
  QueueConsumer,
  StreamConsumer,
  ViewerFunction,
  VpcFunction,
} from '../../src';

const SEED = 20261123;
const ENV = { account: '123456789012', region: 'eu-west-1' };
const INLINE = 'exports.handler = async () => ({ statusCode: 200 });';

/** A generated number: a literal, a CfnParameter token, a Lazy token, or absent. */
type Num = number | 'param' | 'lazy' | undefined;
/**
 * A generated duration: whole seconds, milliseconds (not a whole number of seconds), absent,
 * or a token: 'param'/'lazy' are Duration.seconds(token), 'paramMillis' is Duration.millis(token).
 */
type Dur = { readonly seconds: number } | { readonly millis: number } | 'param' | 'lazy' | 'paramMillis' | undefined;

/** Which tokens a generator may produce. */
const ALL_TOKENS = ['param', 'lazy'] as const;
type TokenKind = typeof ALL_TOKENS[number] | 'paramMillis';

/** Mostly values in [typMin, typMax] (usually valid), sometimes anything in [min, max]. */
const num = (min: number, max: number, typMin: number, typMax: number, tokens: readonly TokenKind[] = ALL_TOKENS): fc.Arbitrary<Num> => fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: typMin, max: typMax }) },
  { weight: 2, arbitrary: fc.integer({ min, max }) },
  { weight: 1, arbitrary: fc.constantFrom<Num>(...tokens.filter((t): t is 'param' | 'lazy' => t !== 'paramMillis'), undefined) },
);
const fraction = (
  min: number, max: number, typMin: number, typMax: number, tokens: readonly ('param' | 'lazy')[] = ALL_TOKENS,
): fc.Arbitrary<Num> => fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: typMin, max: typMax, noNaN: true }) },
  { weight: 2, arbitrary: fc.double({ min, max, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom<Num>(...tokens, undefined) },
);
/** Mostly whole seconds from `typical`, sometimes any in [0, maxSeconds] or milliseconds. */
const dur = (maxSeconds: number, typical: readonly number[], tokens: readonly TokenKind[] = ALL_TOKENS): fc.Arbitrary<Dur> => fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...typical).map(seconds => ({ seconds })) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: maxSeconds }).map(seconds => ({ seconds })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map(millis => ({ millis })) },
  { weight: 2, arbitrary: fc.constantFrom<Dur>(...tokens, undefined) },
);
/** memorySize and timeout (seconds) of functionProps. */
const fnSettings = (tokens: readonly TokenKind[] = ALL_TOKENS) => fc.record({
  memorySize: num(0, 12_000, 128, 4_096, tokens),
  timeout: dur(1_200, [3, 10, 30, 60], tokens),
});

/**
 * The names aws-cdk-lib's own range errors use for a prop this library passes through
 * (e.g. SqsEventSource: "Maximum batch size must be between 1 and 10000").
 */
const CDK_NAMES: { [prop: string]: string[] } = {
  batchSize: ['batch size'],
  maxBatchingWindow: ['batching window'],
  visibilityTimeout: ['visibility timeout'],
  timeout: ['integration timeout'],
};

/** One fresh app and stack per case, with a Number parameter for the token values. */
class Case {
  public readonly app: App;
  public readonly stack: Stack;
  /** Prop names and literal values this case set: a thrown error must name one of them. */
  public readonly mentions: string[] = [];
  private param?: CfnParameter;

  constructor(context: { [key: string]: unknown } = {}, region = ENV.region) {
    this.app = new App({ context });
    this.stack = new Stack(this.app, 'S', { env: { ...ENV, region } });
  }

  public num(name: string, v: Num): number | undefined {
    if (v === undefined) return undefined;
    this.name(name);
    if (v === 'param') return Token.asNumber(this.parameter().value);
    if (v === 'lazy') return Lazy.number({ produce: () => 7 });
    this.mentions.push(String(v));
    return v;
  }

  public dur(name: string, v: Dur): Duration | undefined {
    if (v === undefined) return undefined;
    this.name(name);
    if (v === 'param') return Duration.seconds(Token.asNumber(this.parameter().value));
    if (v === 'lazy') return Duration.seconds(Lazy.number({ produce: () => 30 }));
    if (v === 'paramMillis') return Duration.millis(Token.asNumber(this.parameter().value));
    if ('millis' in v) {
      // as aws-cdk-lib prints it: "'1500 millis' cannot be converted into a whole number of seconds"
      this.mentions.push(String(v.millis), `${v.millis} millis`);
      return Duration.millis(v.millis);
    }
    const d = Duration.seconds(v.seconds);
    // the number given, and the form aws-cdk-lib's own range errors print ("5 minutes 2 seconds")
    this.mentions.push(String(v.seconds), d.toHumanString());
    return d;
  }

  /** Records that the case set prop `name` (and aws-cdk-lib's names for it). */
  public name(name: string): void {
    this.mentions.push(name, ...(CDK_NAMES[name] ?? []));
  }

  public functionProps(s: { memorySize: Num; timeout: Dur }): lambda.FunctionProps {
    return {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(INLINE),
      memorySize: this.num('memorySize', s.memorySize),
      timeout: this.dur('timeout', s.timeout),
    };
  }

  /** Builds with `build` and synthesizes; a thrown error must be a named validation error. */
  public check(build: () => void): void {
    let error: unknown;
    try {
      build();
      this.app.synth({ force: true });
    } catch (e) {
      error = e;
    }
    if (error === undefined) return;
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(ReferenceError);
    const message = (error as Error).message.toLowerCase();
    // a number must stand alone ("8" is not named by "between 1 and 10,080")
    const named = this.mentions.filter(m => /^-?[0-9.e+-]+$/.test(m)
      ? new RegExp(`(^|[^0-9.])${m.replace(/[.+]/g, '\\$&')}($|[^0-9])`).test(message)
      : message.includes(m.toLowerCase()));
    if (named.length === 0) {
      throw new Error(`error names none of ${JSON.stringify(this.mentions)}: ${(error as Error).name}: ${(error as Error).message}`);
    }
  }

  private parameter(): CfnParameter {
    this.param ??= new CfnParameter(this.stack, 'P', { type: 'Number' });
    return this.param;
  }
}

test('QueueConsumer: random batching, concurrency, redrive and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      batchSize: num(-1, 20_000, 1, 10),
      maxBatchingWindow: dur(400, [0, 1, 5, 20]),
      maxConcurrency: num(-1, 2_000, 2, 1_000),
      maxReceiveCount: num(-1, 2_000, 1, 10),
      visibilityTimeout: dur(50_000, [360, 900, 3_600]),
      oldestMessageAgeAlarmThreshold: dur(2_000_000, [60, 900, 3_600]),
    }),
    (p) => {
      const c = new Case();
      c.check(() => new QueueConsumer(c.stack, 'Consumer', {
        functionProps: c.functionProps(p.fn),
        queueProps: { visibilityTimeout: c.dur('visibilityTimeout', p.visibilityTimeout) },
        batchSize: c.num('batchSize', p.batchSize),
        maxBatchingWindow: c.dur('maxBatchingWindow', p.maxBatchingWindow),
        maxConcurrency: c.num('maxConcurrency', p.maxConcurrency),
        maxReceiveCount: c.num('maxReceiveCount', p.maxReceiveCount),
        oldestMessageAgeAlarmThreshold: c.dur('oldestMessageAgeAlarmThreshold', p.oldestMessageAgeAlarmThreshold),
      }));
    },
  ), { seed: SEED, numRuns: 80 });
});

test('StreamConsumer: random batching, parallelization, retries, record age and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      batchSize: num(-1, 20_000, 1, 100),
      maxBatchingWindow: dur(400, [0, 1, 5, 20]),
      parallelizationFactor: num(-1, 20, 1, 10),
      tumblingWindow: dur(1_000, [0, 60, 900]),
      retryAttempts: num(-2, 20_000, 0, 10),
      maxRecordAge: dur(700_000, [60, 3_600, 86_400]),
      iteratorAgeAlarmThreshold: dur(700_000, [60, 300], ['param', 'lazy', 'paramMillis']),
    }),
    (p) => {
      const c = new Case();
      c.check(() => new StreamConsumer(c.stack, 'Consumer', {
        functionProps: c.functionProps(p.fn),
        streamProps: {},
        batchSize: c.num('batchSize', p.batchSize),
        maxBatchingWindow: c.dur('maxBatchingWindow', p.maxBatchingWindow),
        parallelizationFactor: c.num('parallelizationFactor', p.parallelizationFactor),
        tumblingWindow: c.dur('tumblingWindow', p.tumblingWindow),
        retryAttempts: c.num('retryAttempts', p.retryAttempts),
        maxRecordAge: c.dur('maxRecordAge', p.maxRecordAge),
        iteratorAgeAlarmThreshold: c.dur('iteratorAgeAlarmThreshold', p.iteratorAgeAlarmThreshold),
      }));
    },
  ), { seed: SEED, numRuns: 80 });
});

test('AsyncInvocation: random retries, event age and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      retryAttempts: num(-1, 5, 0, 2),
      maxEventAge: dur(30_000, [60, 3_600, 21_600]),
      acknowledgeNoRetries: fc.boolean(),
    }),
    (p) => {
      const c = new Case();
      c.check(() => new AsyncInvocation(c.stack, 'Async', {
        functionProps: c.functionProps(p.fn),
        retryAttempts: c.num('retryAttempts', p.retryAttempts),
        maxEventAge: c.dur('maxEventAge', p.maxEventAge),
        acknowledgeNoRetries: p.acknowledgeNoRetries,
      }));
    },
  ), { seed: SEED, numRuns: 60 });
});

test('VpcFunction: random NAT gateway count, internet access and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      natGateways: num(-1, 4, 1, 2),
      internetAccess: fc.option(fc.boolean(), { nil: undefined }),
    }),
    (p) => {
      const c = new Case({ 'availability-zones:account=123456789012:region=eu-west-1': ['eu-west-1a', 'eu-west-1b'] });
      if (p.internetAccess !== undefined) c.mentions.push('internetAccess');
      c.check(() => new VpcFunction(c.stack, 'Fn', {
        functionProps: c.functionProps(p.fn),
        natGateways: c.num('natGateways', p.natGateways),
        internetAccess: p.internetAccess,
      }));
    },
  ), { seed: SEED, numRuns: 30 });
});

test('CanaryDeployment: random strategy, weight, thresholds, alarm period and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      weighted: fc.boolean(),
      newVersionWeight: fraction(-0.5, 1.5, 0, 1),
      errorsThreshold: num(-5, 100, 0, 10),
      throttlesThreshold: num(-5, 100, 0, 10),
      alarmPeriod: dur(700_000, [60, 300]),
    }),
    (p) => {
      const c = new Case();
      c.check(() => {
        const fn = new lambda.Function(c.stack, 'Fn', c.functionProps(p.fn));
        const weighted = p.weighted
          ? { strategy: DeploymentStrategy.WEIGHTED, previousVersion: lambda.Version.fromVersionAttributes(c.stack, 'Previous', { lambda: fn, version: '1' }) }
          : {};
        new CanaryDeployment(c.stack, 'Canary', {
          function: fn,
          ...weighted,
          newVersionWeight: c.num('newVersionWeight', p.newVersionWeight),
          errorsThreshold: c.num('errorsThreshold', p.errorsThreshold),
          throttlesThreshold: c.num('throttlesThreshold', p.throttlesThreshold),
          alarmPeriod: c.dur('alarmPeriod', p.alarmPeriod),
        });
      });
    },
  ), { seed: SEED, numRuns: 60 });
});

test('ProvisionedConcurrency: random capacities, utilization target and alarm period', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      minCapacity: num(-2, 2_000, 1, 5),
      maxCapacity: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 5, max: 50 }) },
        { weight: 2, arbitrary: fc.integer({ min: -2, max: 2_000 }) },
        { weight: 1, arbitrary: fc.constantFrom<'param' | 'lazy'>('param', 'lazy') },
      ),
      utilizationTarget: fraction(-0.5, 1.5, 0, 1),
      alarmPeriod: dur(700_000, [60, 300]),
    }),
    (p) => {
      const c = new Case();
      c.check(() => {
        const fn = new lambda.Function(c.stack, 'Fn', c.functionProps(p.fn));
        const alias = new lambda.Alias(c.stack, 'Alias', { aliasName: 'live', version: fn.currentVersion });
        new ProvisionedConcurrency(c.stack, 'PC', {
          alias,
          minCapacity: c.num('minCapacity', p.minCapacity),
          maxCapacity: c.num('maxCapacity', p.maxCapacity) as number,
          utilizationTarget: c.num('utilizationTarget', p.utilizationTarget),
          alarmPeriod: c.dur('alarmPeriod', p.alarmPeriod),
        });
      });
    },
  ), { seed: SEED, numRuns: 60 });
});

test('EdgeHandler: random event type, body inclusion, memory and timeout', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      eventType: fc.constantFrom(...Object.values(cloudfront.LambdaEdgeEventType)),
      usEast1: fc.boolean(),
      includeBody: fc.option(fc.boolean(), { nil: undefined }),
    }),
    (p) => {
      const c = new Case({}, p.usEast1 ? 'us-east-1' : 'eu-west-1');
      if (p.includeBody !== undefined) c.mentions.push('includeBody');
      c.check(() => new EdgeHandler(c.stack, 'Handler', {
        eventType: p.eventType,
        functionProps: c.functionProps(p.fn),
        includeBody: p.includeBody,
      }));
    },
  ), { seed: SEED, numRuns: 40 });
});

test('ViewerFunction: random event type, code size, name and comment', () => {
  fc.assert(fc.property(
    fc.record({
      eventType: fc.constantFrom(...Object.values(cloudfront.FunctionEventType)),
      codePadding: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 12_000 })),
      functionName: fc.option(fc.oneof(fc.string({ maxLength: 80 }), fc.constant('lazy' as const)), { nil: undefined }),
      comment: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    }),
    (p) => {
      const c = new Case();
      c.mentions.push('code', 'eventType');
      if (p.functionName !== undefined) c.mentions.push('functionName', 'function name');
      if (p.comment !== undefined) c.mentions.push('comment');
      const code = `function handler(event) { return event.request; }//${'x'.repeat(p.codePadding)}\n`;
      c.check(() => new ViewerFunction(c.stack, 'Viewer', {
        eventType: p.eventType,
        code: cloudfront.FunctionCode.fromInline(code),
        functionName: p.functionName === 'lazy' ? Lazy.string({ produce: () => 'viewer' }) : p.functionName,
        comment: p.comment,
      }));
    },
  ), { seed: SEED, numRuns: 50 });
});

test('HttpFunction: random front door, integration timeout, alarm thresholds and function settings', () => {
  fc.assert(fc.property(
    fc.record({
      fn: fnSettings(),
      frontDoor: fc.constantFrom('functionUrl', 'restApi', 'httpApi'),
      integrationTimeout: dur(120, [5, 29], ['param', 'lazy', 'paramMillis']),
      errorRateThreshold: fraction(-10, 200, 1, 50),
      latencyAlarmThreshold: dur(1_000, [1, 10]),
    }),
    (p) => {
      const c = new Case();
      c.check(() => {
        const timeout = p.frontDoor === 'functionUrl' ? undefined : c.dur('timeout', p.integrationTimeout);
        const frontDoor = p.frontDoor === 'restApi' ? FrontDoor.restApi({ timeout })
          : p.frontDoor === 'httpApi' ? FrontDoor.httpApi({ timeout })
            : FrontDoor.functionUrl();
        new HttpFunction(c.stack, 'Http', {
          functionProps: c.functionProps(p.fn),
          frontDoor,
          errorRateThreshold: c.num('errorRateThreshold', p.errorRateThreshold),
          latencyAlarmThreshold: c.dur('latencyAlarmThreshold', p.latencyAlarmThreshold),
        });
      });
    },
  ), { seed: SEED, numRuns: 60 });
});
