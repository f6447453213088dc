import { CloudFrontFunctionCodeSize } from './cloudfront-function-code-size';
import { CloudFrontFunctionKeyValueStore } from './cloudfront-function-key-value-store';
import { CloudFrontFunctionRuntime } from './cloudfront-function-runtime';
import { EdgeArchitecture } from './edge-architecture';
import { EdgeContainerImage } from './edge-container-image';
import { EdgeEnvironmentVariables } from './edge-environment-variables';
import { EdgeEphemeralStorage } from './edge-ephemeral-storage';
import { EdgeFunctionRegion } from './edge-function-region';
import { EdgeFunctionVersion } from './edge-function-version';
import { EdgeIncludeBody } from './edge-include-body';
import { EdgeLayers } from './edge-layers';
import { EdgeMemorySize } from './edge-memory-size';
import { EdgePackageSize } from './edge-package-size';
import { EdgeProvisionedConcurrency } from './edge-provisioned-concurrency';
import { EdgeRuntime } from './edge-runtime';
import { EdgeTimeout } from './edge-timeout';
import { EdgeVpc } from './edge-vpc';
import type { LimitRule } from '../../rule';

/** Lambda@Edge (limits.md 1.8) and CloudFront Functions (1.9). */
export const EDGE_RULES: readonly LimitRule[] = [
  EdgeFunctionRegion,
  EdgeFunctionVersion,
  EdgeMemorySize,
  EdgeTimeout,
  EdgePackageSize,
  EdgeEnvironmentVariables,
  EdgeLayers,
  EdgeVpc,
  EdgeContainerImage,
  EdgeArchitecture,
  EdgeProvisionedConcurrency,
  EdgeEphemeralStorage,
  EdgeRuntime,
  EdgeIncludeBody,
  CloudFrontFunctionCodeSize,
  CloudFrontFunctionRuntime,
  CloudFrontFunctionKeyValueStore,
];
