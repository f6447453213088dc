import { App, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { propertyAt } from '../../src/limits/values';
import {
  aliasAdditionalVersions, aliasProvisionedConcurrency, reservedConcurrency, snapStartApplyOn, synthesizedProperty,
} from '../../src/private/lambda-readers';
import { javaFunction } from '../limits/rules/function/fn-helpers';


interface ReaderCase {
  readonly name: string;
  /** Builds the construct; the rest of the stack is whatever it needs. */
  readonly build: (stack: Stack) => IConstruct;
  readonly type: string;
  readonly path: string;
}

const FUNCTION = 'AWS::Lambda::Function';
const RESERVED = 'ReservedConcurrentExecutions';
const SNAPSTART = { snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS };

/** A Java function whose L1 is then edited, as an escape hatch would. */
function editedFunction(props: Partial<lambda.FunctionProps>, edit: (cfn: lambda.CfnFunction) => void): (stack: Stack) => IConstruct {
  return stack => {
    const fn = javaFunction(stack, 'Fn', props);
    edit(fn.node.defaultChild as lambda.CfnFunction);
    return fn;
  };
}

const CASES: ReaderCase[] = [
  { name: 'a literal number set through the L2', type: FUNCTION, path: RESERVED, build: s => javaFunction(s, 'Fn', { reservedConcurrentExecutions: 7 }) },
  { name: 'a property left unset', type: FUNCTION, path: RESERVED, build: s => javaFunction(s, 'Fn') },
  { name: 'a nested literal', type: FUNCTION, path: 'SnapStart.ApplyOn', build: s => javaFunction(s, 'Fn', SNAPSTART) },
  { name: 'a literal name', type: FUNCTION, path: 'FunctionName', build: s => javaFunction(s, 'Fn', { functionName: 'orders' }) },
  { name: 'a property override', type: FUNCTION, path: RESERVED, build: editedFunction({ reservedConcurrentExecutions: 7 }, cfn => cfn.addPropertyOverride(RESERVED, 9)) },
  { name: 'a nested override', type: FUNCTION, path: 'SnapStart.ApplyOn', build: editedFunction(SNAPSTART, cfn => cfn.addPropertyOverride('SnapStart.ApplyOn', 'None')) },
  { name: 'a deletion override', type: FUNCTION, path: 'SnapStart.ApplyOn', build: editedFunction(SNAPSTART, cfn => cfn.addPropertyDeletionOverride('SnapStart')) },
  {
    name: 'an L1 value set to a token',
    type: FUNCTION,
    path: RESERVED,
    build: editedFunction({}, cfn => { cfn.reservedConcurrentExecutions = Lazy.number({ produce: () => 11 }); }),
  },
  {
    name: 'a struct given as a token',
    type: FUNCTION,
    path: 'SnapStart.ApplyOn',
    build: editedFunction({}, cfn => { cfn.snapStart = Token.asAny({ applyOn: 'PublishedVersions' }); }),
  },
  {
    name: 'a literal boolean',
    type: 'AWS::Lambda::EventSourceMapping',
    path: 'Enabled',
    build: s => javaFunction(s, 'Fn').addEventSourceMapping('Mapping', { eventSourceArn: 'arn:aws:sqs:eu-west-1:123456789012:orders', enabled: false }),
  },
  { name: 'a whole Properties override', type: FUNCTION, path: RESERVED, build: editedFunction({ reservedConcurrentExecutions: 7 }, cfn => cfn.addOverride(`Properties.${RESERVED}`, 3)) },
  {
    name: 'an alias with provisioned concurrency',
    type: 'AWS::Lambda::Alias',
    path: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
    build: s => new lambda.Alias(s, 'Live', { aliasName: 'live', version: javaFunction(s, 'Fn').currentVersion, provisionedConcurrentExecutions: 5 }),
  },
  {
    name: 'an alias property overridden with an intrinsic',
    type: 'AWS::Lambda::Alias',
    path: 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions',
    build: s => {
      const alias = new lambda.Alias(s, 'Live', { aliasName: 'live', version: javaFunction(s, 'Fn').currentVersion, provisionedConcurrentExecutions: 5 });
      (alias.node.defaultChild as lambda.CfnAlias).addPropertyOverride('ProvisionedConcurrencyConfig', Fn.getAtt('Other', 'Config'));
      return alias;
    },
  },
  {
    name: 'an alias routing to another version',
    type: 'AWS::Lambda::Alias',
    path: 'RoutingConfig.AdditionalVersionWeights',
    build: s => {
      const fn = javaFunction(s, 'Fn');
      const previous = new lambda.Version(s, 'Previous', { lambda: fn });
      return new lambda.Alias(s, 'Live', { aliasName: 'live', version: fn.currentVersion, additionalVersions: [{ version: previous, weight: 0.1 }] });
    },
  },
];

describe('synthesizedProperty', () => {
  test.each(CASES)('reads $path as synthesized: $name', ({ build, type, path }) => {
    const stack = new Stack(new App(), 'S');
    const construct = build(stack);
    const read = synthesizedProperty(construct, type, path);
    const [logicalId] = Object.keys(Template.fromStack(stack).findResources(type));
    const logicalIdOfConstruct = stack.resolve((construct.node.defaultChild as lambda.CfnFunction).logicalId);
    expect(logicalIdOfConstruct).toBe(logicalId);
    const synthesized = Template.fromStack(stack).toJSON().Resources[logicalId].Properties;
    expect(read).toEqual(propertyAt(synthesized, path));
  });

  test('reads a literal from the L1 without rendering the resource, and renders it for anything else', () => {
    const stack = new Stack(new App(), 'S');
    const fn = javaFunction(stack, 'Fn', { reservedConcurrentExecutions: 7, snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    const render = jest.spyOn(fn.node.defaultChild as unknown as { renderProperties(props: object): object }, 'renderProperties');
    expect(synthesizedProperty(fn, 'AWS::Lambda::Function', 'ReservedConcurrentExecutions')).toBe(7);
    expect(synthesizedProperty(fn, 'AWS::Lambda::Function', 'SnapStart.ApplyOn')).toBe('PublishedVersions');
    expect(synthesizedProperty(fn, 'AWS::Lambda::Function', 'MemorySize')).toBeUndefined();
    expect(render).not.toHaveBeenCalled();
    (fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('ReservedConcurrentExecutions', 9);
    expect(synthesizedProperty(fn, 'AWS::Lambda::Function', 'ReservedConcurrentExecutions')).toBe(9);
    expect(render).toHaveBeenCalledTimes(1);
  });

  test('an L1 whose values it cannot read is rendered', () => {
    const stack = new Stack(new App(), 'S');
    const fn = javaFunction(stack, 'Fn', { reservedConcurrentExecutions: 7 });
    const cfn = fn.node.defaultChild as lambda.CfnFunction;
    // A future aws-cdk-lib that changed the protected members: the value still comes from the rendering.
    jest.spyOn(cfn as unknown as { cfnProperties: unknown }, 'cfnProperties', 'get').mockReturnValueOnce(undefined);
    const render = jest.spyOn(cfn as unknown as { renderProperties(props: object): object }, 'renderProperties');
    expect(synthesizedProperty(fn, FUNCTION, RESERVED)).toBe(7);
    expect(render).toHaveBeenCalledTimes(1);
  });

  test('nothing to read behind an imported function or a construct of another type', () => {
    const stack = new Stack(new App(), 'S');
    const imported = lambda.Function.fromFunctionName(stack, 'Imported', 'orders');
    expect(synthesizedProperty(imported, 'AWS::Lambda::Function', 'FunctionName')).toBeUndefined();
    expect(synthesizedProperty(javaFunction(stack, 'Fn', { functionName: 'x' }), 'AWS::Lambda::Alias', 'FunctionName')).toBeUndefined();
  });
});

describe('readers', () => {
  test('read what the patterns check, with literals only where the value is literal', () => {
    const stack = new Stack(new App(), 'S');
    const fn = javaFunction(stack, 'Fn', { reservedConcurrentExecutions: 7, snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS });
    const alias = new lambda.Alias(stack, 'Live', { aliasName: 'live', version: fn.currentVersion, provisionedConcurrentExecutions: 5 });
    expect(reservedConcurrency(fn)).toBe(7);
    expect(snapStartApplyOn(fn)).toBe('PublishedVersions');
    expect(aliasProvisionedConcurrency(alias)).toBe(5);
    expect(aliasAdditionalVersions(alias)).toBeUndefined();

    const tokenFn = javaFunction(stack, 'TokenFn');
    (tokenFn.node.defaultChild as lambda.CfnFunction).reservedConcurrentExecutions = Token.asNumber({ Ref: 'Reserved' });
    expect(reservedConcurrency(tokenFn)).toBeUndefined();
  });
});
