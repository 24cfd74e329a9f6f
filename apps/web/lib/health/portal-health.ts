import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { cmsBaseUrl, cmsRevalidateSeconds, cmsTimeoutMs } from '@/lib/cms/client';
import { featureStates, type FeatureName, type FeatureState } from '@/lib/features';
import { observability, searchStats } from '@/lib/observability';

/**
 * GET /api/health (app/api/health/route.ts): what an operator, compose's health check, nginx or a
 * monitoring system needs to know about this instance, in JSON.
 * - live: this process answers (always true when there is an answer at all);
 * - ready: it can render new pages: the CMS answers its /_health (pages already rendered are served
 *   without it, so a CMS outage leaves an instance live, serving what it has);
 * - status: "ok", or "degraded" when anything is wrong (CMS, Redis, a stale search index).
 * Nothing secret: no URL, token or message from a dependency, only what state it is in.
 */
export interface HealthReport {
  status: 'ok' | 'degraded';
  live: true;
  ready: boolean;
  build: string;
  startedAt: string;
  checkedAt: string;
  checks: {
    cms: { ok: boolean; status?: number; latencyMs?: number; error?: 'timeout' | 'unreachable' | 'error-status' };
    redis: { configured: boolean; ok: boolean; since: string | null };
    searchIndex: {
      built: boolean;
      documents: number;
      builtAt: string | null;
      ageSeconds: number | null;
      maxAgeSeconds: number;
      stale: boolean;
    };
  };
  features: Record<FeatureName, FeatureState>;
}

const STARTED_AT = new Date();
/** One CMS probe at a time, reused for this long: a flood of health checks is one CMS request a second. */
const PROBE_REUSE_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

let probe: { at: number; result: Promise<HealthReport['checks']['cms']> } | undefined;

async function probeCms(): Promise<HealthReport['checks']['cms']> {
  const started = Date.now();
  try {
    const response = await fetch(`${cmsBaseUrl()}/_health`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(Math.min(PROBE_TIMEOUT_MS, cmsTimeoutMs())),
    });
    await response.arrayBuffer();
    const latencyMs = Date.now() - started;
    return response.ok
      ? { ok: true, status: response.status, latencyMs }
      : { ok: false, status: response.status, latencyMs, error: 'error-status' };
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    return { ok: false, error: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
  }
}

function cmsCheck(now: number): Promise<HealthReport['checks']['cms']> {
  if (!probe || now - probe.at > PROBE_REUSE_MS) probe = { at: now, result: probeCms() };
  return probe.result;
}

let buildId: string | undefined;
/** Next's build id (.next/BUILD_ID): which build this instance runs. */
function readBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      buildId = 'development';
    }
  }
  return buildId;
}

const iso = (time: number | null | undefined) => (time ? new Date(time).toISOString() : null);

export async function portalHealth(now = Date.now()): Promise<HealthReport> {
  const cms = await cmsCheck(now);
  const redisState = observability().redis;
  const redis = { configured: redisState.configured, ok: !redisState.configured || redisState.ready, since: iso(redisState.since) };
  const stats = searchStats();
  // The index is rebuilt whole at least every CMS_REVALIDATE_SECONDS when used; twice that is stale.
  const maxAgeSeconds = cmsRevalidateSeconds() * 2;
  const ageSeconds = stats?.builtAt ? Math.round((now - stats.builtAt) / 1000) : null;
  const searchIndex = {
    built: Boolean(stats?.builtAt),
    documents: stats?.documents ?? 0,
    builtAt: iso(stats?.builtAt),
    ageSeconds,
    maxAgeSeconds,
    stale: ageSeconds !== null && ageSeconds > maxAgeSeconds,
  };
  const ok = cms.ok && redis.ok && !searchIndex.stale;
  return {
    status: ok ? 'ok' : 'degraded',
    live: true,
    ready: cms.ok,
    build: readBuildId(),
    startedAt: STARTED_AT.toISOString(),
    checkedAt: new Date(now).toISOString(),
    checks: { cms, redis, searchIndex },
    features: featureStates(),
  };
}
