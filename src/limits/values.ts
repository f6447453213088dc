/**
 * Readers for literal values in synthesized CloudFormation properties.
 *
 * A value that is still an intrinsic (`{ Ref: ... }`, `{ 'Fn::GetAtt': ... }`, ...)
 * or a string holding an unresolved token is not known at synth: every reader
 * returns `undefined` for it, and rules skip what they cannot see.
 */
import { Token } from 'aws-cdk-lib';
import { isRecord } from './model';

/** No encoded number token is smaller in magnitude (aws-cdk-lib's `resolve` checks the same bound). */
const NUMBER_TOKEN_MAGNITUDE = 1e287;

/** A literal number (CloudFormation also accepts numeric strings), else undefined. */
export function literalNumber(value: unknown): number | undefined {
  if (typeof value === 'number') {
    // aws-cdk-lib encodes number tokens as doubles around -1e289: a number closer to zero is
    // literal (the test its own resolution makes first; this runs for every number rules read).
    if (value > -NUMBER_TOKEN_MAGNITUDE && value < NUMBER_TOKEN_MAGNITUDE) return value;
    return Token.isUnresolved(value) || !Number.isFinite(value) ? undefined : value;
  }
  if (typeof value === 'string' && value.trim() !== '' && !Token.isUnresolved(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A literal string, else undefined. */
export function literalString(value: unknown): string | undefined {
  if (typeof value !== 'string' || Token.isUnresolved(value)) return undefined;
  return value;
}

/** A literal boolean (CloudFormation also accepts "true"/"false"), else undefined. */
export function literalBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A literal array, else undefined (an intrinsic that produces a list is not literal). */
export function literalArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A nested object, else undefined. */
export function literalObject(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) && !isIntrinsic(value) ? value : undefined;
}

/** A property path such as `Environment.Variables` read from an object, else undefined. */
export function propertyAt(properties: Record<string, unknown>, path: string): unknown {
  if (!path.includes('.')) return isRecord(properties) && !isIntrinsic(properties) ? properties[path] : undefined;
  let current: unknown = properties;
  for (const part of path.split('.')) {
    if (!isRecord(current) || isIntrinsic(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** True when a value is a CloudFormation intrinsic function or a Ref. */
export function isIntrinsic(value: unknown): boolean {
  if (!isRecord(value)) return false;
  // The one own key, without listing the keys of every object read (this runs for most reads).
  let only: string | undefined;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (only !== undefined) return false;
    only = key;
  }
  return only !== undefined && (only === 'Ref' || only.startsWith('Fn::') || only === 'Condition');
}

/** True when the value is fully known at synth (no intrinsic or token anywhere inside). */
export function isFullyResolved(value: unknown): boolean {
  if (typeof value === 'string') return !Token.isUnresolved(value);
  if (typeof value === 'number') return !Token.isUnresolved(value);
  if (Array.isArray(value)) return value.every(isFullyResolved);
  if (isRecord(value)) return !isIntrinsic(value) && Object.values(value).every(isFullyResolved);
  return true;
}
