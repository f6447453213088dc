import { ProvisionedConcurrencyAccountTotal } from './provisioned-concurrency-account-total';
import { ProvisionedConcurrencyLatest } from './provisioned-concurrency-latest';
import { ProvisionedConcurrencyMinimum } from './provisioned-concurrency-minimum';
import { ProvisionedConcurrencyReserved } from './provisioned-concurrency-reserved';
import { ReservedConcurrencyMinimum } from './reserved-concurrency-minimum';
import { ReservedConcurrencySum } from './reserved-concurrency-sum';
import { ReservedConcurrencyZero } from './reserved-concurrency-zero';
import type { LimitRule } from '../../rule';

/** Rules on reserved and provisioned concurrency (limits.md 1.2). */
export const CONCURRENCY_RULES: readonly LimitRule[] = [
  ReservedConcurrencySum,
  ReservedConcurrencyMinimum,
  ReservedConcurrencyZero,
  ProvisionedConcurrencyMinimum,
  ProvisionedConcurrencyReserved,
  ProvisionedConcurrencyAccountTotal,
  ProvisionedConcurrencyLatest,
];
