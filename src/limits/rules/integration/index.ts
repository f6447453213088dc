import { ApiGatewayFunctionTimeout } from './api-gateway-function-timeout';
import { ApiGatewayIntegrationTimeout } from './api-gateway-integration-timeout';
import { EventsCronExpression } from './events-cron-expression';
import { EventsRateExpression } from './events-rate-expression';
import { FunctionUrlCorsMaxAge } from './function-url-cors-max-age';
import { FunctionUrlPublic } from './function-url-public';
import { FunctionUrlTarget } from './function-url-target';
import { HttpApiFunctionTimeout } from './http-api-function-timeout';
import { HttpApiIntegrationTimeout } from './http-api-integration-timeout';
import { SchedulerRetryPolicy } from './scheduler-retry-policy';
import type { LimitRule } from '../../rule';

/** Synchronous front doors and schedules (limits.md 1.10 G1, G2, A5 and 1.11). */
export const INTEGRATION_RULES: readonly LimitRule[] = [
  ApiGatewayIntegrationTimeout,
  ApiGatewayFunctionTimeout,
  HttpApiIntegrationTimeout,
  HttpApiFunctionTimeout,
  FunctionUrlCorsMaxAge,
  FunctionUrlPublic,
  FunctionUrlTarget,
  EventsRateExpression,
  EventsCronExpression,
  SchedulerRetryPolicy,
];
