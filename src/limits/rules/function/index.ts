import { FunctionArchitectures } from './function-architectures';
import { FunctionContainerImageProperties } from './function-container-image-properties';
import { FunctionDeadLetterTarget } from './function-dead-letter-target';
import { FunctionDeprecatedRuntime } from './function-deprecated-runtime';
import { FunctionDescription } from './function-description';
import { FunctionEnvironmentKeyPattern } from './function-environment-key-pattern';
import { FunctionEnvironmentSize } from './function-environment-size';
import { FunctionEphemeralStorage } from './function-ephemeral-storage';
import { FunctionFileSystemConfig } from './function-file-system-config';
import { FunctionHandler } from './function-handler';
import { FunctionInlineCode } from './function-inline-code';
import { FunctionLayerCount } from './function-layer-count';
import { FunctionMemorySize } from './function-memory-size';
import { FunctionName } from './function-name';
import { FunctionPackageSize } from './function-package-size';
import { FunctionReservedEnvironmentKey } from './function-reserved-environment-key';
import { FunctionRuntimeArchitecture } from './function-runtime-architecture';
import { FunctionTimeout } from './function-timeout';
import { FunctionVpcConfig } from './function-vpc-config';
import { SnapStartEfs } from './snapstart-efs';
import { SnapStartEphemeralStorage } from './snapstart-ephemeral-storage';
import { SnapStartProvisionedConcurrency } from './snapstart-provisioned-concurrency';
import { SnapStartRuntime } from './snapstart-runtime';
import { SnapStartWithoutVersion } from './snapstart-without-version';
import type { LimitRule } from '../../rule';

/** Rules on a function's own configuration (limits.md 1.1), in limits.md order. */
export const FUNCTION_RULES: readonly LimitRule[] = [
  FunctionMemorySize,
  FunctionTimeout,
  FunctionEphemeralStorage,
  FunctionEnvironmentSize,
  FunctionEnvironmentKeyPattern,
  FunctionReservedEnvironmentKey,
  FunctionLayerCount,
  FunctionName,
  FunctionDescription,
  FunctionHandler,
  FunctionInlineCode,
  FunctionPackageSize,
  FunctionContainerImageProperties,
  FunctionArchitectures,
  FunctionRuntimeArchitecture,
  FunctionDeprecatedRuntime,
  FunctionVpcConfig,
  SnapStartRuntime,
  SnapStartProvisionedConcurrency,
  SnapStartEfs,
  SnapStartEphemeralStorage,
  SnapStartWithoutVersion,
  FunctionDeadLetterTarget,
  FunctionFileSystemConfig,
];
