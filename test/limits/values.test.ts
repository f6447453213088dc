import { Lazy, Token } from 'aws-cdk-lib';
import { isIntrinsic, literalNumber, propertyAt } from '../../src/limits/values';

describe('literalNumber', () => {
  test('a literal number, negative and large ones included, is read as is', () => {
    expect(literalNumber(0)).toBe(0);
    expect(literalNumber(-5)).toBe(-5);
    expect(literalNumber(10_240)).toBe(10_240);
    expect(literalNumber(1e300)).toBe(1e300);
    expect(literalNumber(-1e300)).toBe(-1e300);
  });

  test('an encoded number token, NaN and infinities are not literal', () => {
    const token = Token.asNumber(Lazy.number({ produce: () => 5 }));
    expect(Token.isUnresolved(token)).toBe(true);
    expect(literalNumber(token)).toBeUndefined();
    expect(literalNumber(Number.NaN)).toBeUndefined();
    expect(literalNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(literalNumber(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });

  test('numeric strings are numbers; blank and token strings are not', () => {
    expect(literalNumber('128')).toBe(128);
    expect(literalNumber('  ')).toBeUndefined();
    expect(literalNumber(Lazy.string({ produce: () => '1' }))).toBeUndefined();
  });
});

describe('isIntrinsic', () => {
  test('an object with one Ref, Fn:: or Condition key is an intrinsic', () => {
    expect(isIntrinsic({ Ref: 'X' })).toBe(true);
    expect(isIntrinsic({ 'Fn::Join': ['', []] })).toBe(true);
    expect(isIntrinsic({ Condition: 'C' })).toBe(true);
  });

  test('anything else is not: more keys, other keys, no keys, keys only inherited, arrays and scalars', () => {
    expect(isIntrinsic({ Ref: 'X', Other: 1 })).toBe(false);
    expect(isIntrinsic({ Variables: {} })).toBe(false);
    expect(isIntrinsic({})).toBe(false);
    expect(isIntrinsic(Object.create({ Ref: 'X' }))).toBe(false);
    expect(isIntrinsic([{ Ref: 'X' }])).toBe(false);
    expect(isIntrinsic('Ref')).toBe(false);
  });
});

describe('propertyAt', () => {
  test('reads a property or a dotted path', () => {
    const properties = { MemorySize: 128, Environment: { Variables: { A: '1' } } };
    expect(propertyAt(properties, 'MemorySize')).toBe(128);
    expect(propertyAt(properties, 'Environment.Variables')).toEqual({ A: '1' });
    expect(propertyAt(properties, 'Missing')).toBeUndefined();
    expect(propertyAt(properties, 'Missing.Deeper')).toBeUndefined();
  });

  test('an intrinsic on the way is not known at synth', () => {
    expect(propertyAt({ Environment: { 'Fn::If': ['C', {}, {}] } }, 'Environment.Variables')).toBeUndefined();
    expect(propertyAt({ Ref: 'X' } as Record<string, unknown>, 'Ref')).toBeUndefined();
  });
});
