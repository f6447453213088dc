/**
 * Range checks on literal numeric properties, shared by the event source, queue,
 * async-invocation and concurrency rules. Not a rule.
 */
import { fmt } from '../../engine';
import type { ResourceView } from '../../model';
import type { RuleFinding } from '../../rule';
import { literalNumber, propertyAt } from '../../values';

/** A numeric property and the values AWS accepts for it. */
export interface NumericRange {
  /** Dotted property path, e.g. `ScalingConfig.MaximumConcurrency`. */
  readonly property: string;
  readonly min: number;
  readonly max: number;
  /** Unit appended to rendered numbers, e.g. ` s`. */
  readonly unit?: string;
  /** A sentinel also accepted (e.g. -1 for "infinite"), with its meaning. */
  readonly sentinel?: { readonly value: number; readonly meaning: string };
  /** Why a value outside the range matters. */
  readonly why: string;
}

/** The finding for a literal value outside `range`; nothing for an absent or unresolved value. */
export function outOfRange(resource: ResourceView, range: NumericRange): RuleFinding[] {
  const value = literalNumber(propertyAt(resource.properties, range.property));
  if (value === undefined) return [];
  if (range.sentinel && value === range.sentinel.value) return [];
  if (Number.isInteger(value) && value >= range.min && value <= range.max) return [];
  const unit = range.unit ?? '';
  const sentinel = range.sentinel ? ` or ${range.sentinel.value} (${range.sentinel.meaning})` : '';
  return [{
    resource,
    property: range.property,
    value: `${value}${unit}`,
    limit: `an integer from ${fmt(range.min)} to ${fmt(range.max)}${unit}${sentinel}`,
    why: range.why,
  }];
}
