/**
 * Concurrency facts of a whole app, computed once per model (one pass over the
 * functions, aliases and versions) and shared by the concurrency rules, so that
 * app-wide sums stay linear in the number of resources. Not a rule.
 */
import type { AppModel, ResourceView, StackView } from '../../model';
import { literalNumber, propertyAt } from '../../values';
import { LAMBDA_ALIAS, LAMBDA_FUNCTION, LAMBDA_VERSION, targetFunction } from '../sqs/event-sources';

/** Provisioned concurrency set on an alias or a version. */
export interface ProvisionedHolder {
  readonly resource: ResourceView;
  readonly executions: number;
  /** The function it belongs to, when the model can tell. */
  readonly fn?: ResourceView;
}

/** One account-and-Region concurrency pool (stacks with the same known or unknown environment). */
export interface ConcurrencyPool {
  /** Literal positive reserved concurrency per function. */
  readonly reserved: Map<ResourceView, number>;
  readonly reservedTotal: number;
  /** Provisioned concurrency on aliases and versions, in model order. */
  readonly provisioned: readonly ProvisionedHolder[];
  /**
   * Reserved concurrency plus the provisioned concurrency of functions without
   * reserved concurrency (which comes out of the unreserved pool).
   */
  readonly committedTotal: number;
}

/** The app's concurrency, by pool. */
export interface ConcurrencyIndex {
  poolOf(stack: StackView): ConcurrencyPool;
  /** Provisioned holders of a function (its aliases and versions). */
  provisionedOf(fn: ResourceView): readonly ProvisionedHolder[];
  /** The provisioned concurrency an alias or version sets, when positive and known. */
  holderOf(resource: ResourceView): ProvisionedHolder | undefined;
  /** The pool a holder's executions count in (its function's, else its own stack's). */
  poolOfHolder(holder: ProvisionedHolder): ConcurrencyPool;
  /** `none` when the function sets no reserved concurrency, undefined when it is not known at synth. */
  reservedOf(fn: ResourceView): number | 'none' | undefined;
}

const INDEX = new WeakMap<AppModel, ConcurrencyIndex>();

/** Lambda's concurrency quota is per account and Region. */
export function poolKey(stack: StackView): string {
  return `${stack.account ?? '<any account>'}/${stack.region ?? '<any region>'}`;
}

/** The index for this model, built on first use. */
export function concurrencyIndex(app: AppModel): ConcurrencyIndex {
  const cached = INDEX.get(app);
  if (cached) return cached;

  const reservedOf = (fn: ResourceView): number | 'none' | undefined => {
    const raw = fn.properties.ReservedConcurrentExecutions;
    return raw === undefined ? 'none' : literalNumber(raw);
  };

  interface MutablePool {
    reserved: Map<ResourceView, number>;
    reservedTotal: number;
    provisioned: ProvisionedHolder[];
    committedTotal: number;
  }
  const pools = new Map<string, MutablePool>();
  const pool = (stack: StackView) => {
    const key = poolKey(stack);
    let p = pools.get(key);
    if (!p) {
      p = { reserved: new Map(), reservedTotal: 0, provisioned: [], committedTotal: 0 };
      pools.set(key, p);
    }
    return p;
  };

  for (const fn of app.ofType(LAMBDA_FUNCTION)) {
    const reserved = reservedOf(fn);
    if (typeof reserved !== 'number' || reserved <= 0) continue;
    const p = pool(fn.stack);
    p.reserved.set(fn, reserved);
    p.reservedTotal += reserved;
    p.committedTotal += reserved;
  }

  const byFunction = new Map<ResourceView, ProvisionedHolder[]>();
  const byHolder = new Map<ResourceView, ProvisionedHolder>();
  for (const type of [LAMBDA_ALIAS, LAMBDA_VERSION]) {
    for (const resource of app.ofType(type)) {
      const executions = literalNumber(propertyAt(resource.properties, 'ProvisionedConcurrencyConfig.ProvisionedConcurrentExecutions'));
      if (executions === undefined || executions <= 0) continue;
      const fn = targetFunction(app, resource, resource.properties.FunctionName);
      const holder: ProvisionedHolder = { resource, executions, fn };
      const p = pool(fn?.stack ?? resource.stack);
      p.provisioned.push(holder);
      byHolder.set(resource, holder);
      if (fn) {
        const list = byFunction.get(fn) ?? [];
        list.push(holder);
        byFunction.set(fn, list);
      }
      // Provisioned concurrency of a function with reserved concurrency is part of it.
      if (!fn || reservedOf(fn) === 'none') p.committedTotal += executions;
    }
  }

  const empty: ConcurrencyPool = { reserved: new Map(), reservedTotal: 0, provisioned: [], committedTotal: 0 };
  const index: ConcurrencyIndex = {
    poolOf: stack => pools.get(poolKey(stack)) ?? empty,
    provisionedOf: fn => byFunction.get(fn) ?? [],
    holderOf: resource => byHolder.get(resource),
    poolOfHolder: holder => pools.get(poolKey(holder.fn?.stack ?? holder.resource.stack)) ?? empty,
    reservedOf,
  };
  INDEX.set(app, index);
  return index;
}
