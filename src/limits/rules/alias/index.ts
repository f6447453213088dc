import { AliasAdditionalVersions } from './alias-additional-versions';
import { AliasLatestVersion } from './alias-latest-version';
import { AliasRoutedVersionConfig } from './alias-routed-version-config';
import { AliasVersionWeight } from './alias-version-weight';
import { AliasVersionWeightSum } from './alias-version-weight-sum';
import type { LimitRule } from '../../rule';

/** Rules on versions and aliases (limits.md 1.3). */
export const ALIAS_RULES: readonly LimitRule[] = [
  AliasAdditionalVersions,
  AliasVersionWeight,
  AliasVersionWeightSum,
  AliasLatestVersion,
  AliasRoutedVersionConfig,
];
