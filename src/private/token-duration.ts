/**
 * Durations whose amount is an unresolved token (a CfnParameter's value, a Lazy number).
 * aws-cdk-lib converts a token Duration only into its own unit (`Duration.seconds(token)
 * .toMilliseconds()` throws), and CloudFormation has no arithmetic: these helpers carry a
 * token into the unit a property needs when that can be done, and otherwise throw an error
 * that names the prop.
 */
import { Duration, Intrinsic, Lazy, Tokenization, type IResolveContext } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { PatternValidationError } from './errors';

/** Milliseconds in one unit, by `Duration.unitLabel()`. */
const UNIT_MILLIS: { [unit: string]: number } = {
  millis: 1,
  seconds: 1_000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};

/** The target units of `durationIn`. */
export type DurationUnit = 'millis' | 'seconds';

/** A duration's amount in its own unit (a token stays the token) and that unit. */
export interface DurationAmount {
  readonly amount: number;
  readonly unit: string;
  /** Milliseconds in one `unit`. */
  readonly unitMillis: number;
}

/** The amount the duration was created with, in its own unit: `Duration.seconds(x)` gives `x`, token or not. */
export function durationAmount(duration: Duration): DurationAmount {
  const unit = duration.unitLabel();
  const read: { [unit: string]: () => number } = {
    millis: () => duration.toMilliseconds({ integral: false }),
    seconds: () => duration.toSeconds({ integral: false }),
    minutes: () => duration.toMinutes({ integral: false }),
    hours: () => duration.toHours({ integral: false }),
    days: () => duration.toDays({ integral: false }),
  };
  return { amount: read[unit](), unit, unitMillis: UNIT_MILLIS[unit] };
}

/**
 * The duration as a number of `to` units for a CloudFormation property. A literal converts as
 * usual (aws-cdk-lib's own whole-number check applies); a token in the `to` unit passes through;
 * a token in another unit is multiplied when it resolves, at synth, to a number (a Lazy); a token
 * that is (or resolves to) an intrinsic such as a CfnParameter's `Ref` cannot be multiplied by
 * CloudFormation, so it is an error that names `prop`.
 */
export function durationIn(scope: IConstruct, prop: string, duration: Duration, to: DurationUnit): number {
  if (!duration.isUnresolved()) return to === 'millis' ? duration.toMilliseconds() : duration.toSeconds();
  const { amount, unit, unitMillis } = durationAmount(duration);
  if (unit === to) return amount;
  const factor = unitMillis / UNIT_MILLIS[to];
  const cannot = (value: string): PatternValidationError => new PatternValidationError(scope,
    `${prop} is Duration.${unit}(${value}), an unresolved value that must be given in ${to} here: CloudFormation cannot multiply a parameter or attribute into ${to}. `
    + `Give Duration.${to}(token) with the value in ${to} (e.g. a parameter in ${to}), or a literal Duration.`);
  if (Tokenization.reverseNumber(amount) instanceof Intrinsic) throw cannot(JSON.stringify(Tokenization.stringifyNumber(amount)));
  // uncached: what the amount resolves to can depend on the stack that resolves it
  return Lazy.uncachedNumber({
    produce: (context: IResolveContext) => {
      const resolved: unknown = context.resolve(amount);
      if (typeof resolved !== 'number') throw cannot(JSON.stringify(resolved));
      return resolved * factor;
    },
  });
}

/**
 * The duration as aws-cdk-lib can read it in milliseconds: itself, unless it is a token in
 * another unit, which becomes `Duration.millis` of the converted token (see `durationIn`).
 */
export function millisReadable(scope: IConstruct, prop: string, duration: Duration): Duration {
  if (!duration.isUnresolved() || duration.unitLabel() === 'millis') return duration;
  return Duration.millis(durationIn(scope, prop, duration, 'millis'));
}
