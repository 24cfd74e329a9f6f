import type { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'pino';
import type { Counter, Histogram, Registry } from 'prom-client';

/** Types of observability.mjs (the portal's logs, request ids, metrics and dependency states). */
export interface RequestContext {
  requestId: string;
}
export interface RedisState {
  configured: boolean;
  ready: boolean;
  since: number | null;
  lastError: string | null;
}
export interface Observability {
  logger: Logger;
  registry: Registry;
  requests: Counter<'kind' | 'method' | 'status'>;
  durations: Histogram<'kind'>;
  cache: Counter<'result'>;
  cmsErrors: Counter<'reason'>;
  context: AsyncLocalStorage<RequestContext>;
  redis: RedisState;
}
export function observability(): Observability;
export function log(): Logger;
export function currentRequestId(): string | undefined;
export function routeKind(url: string): string;
export function searchStats(): { documents: number; builtAt: number | null } | undefined;
export function logToJson(): void;
export function scrubbedValue(value: unknown, secrets: string[], depth?: number): unknown;
