import { portalHealth } from '@/lib/health/portal-health';

/**
 * GET /api/health: this instance's liveness and readiness in JSON (lib/health/portal-health.ts),
 * never cached. 200 whenever the portal answers (compose's health check: a CMS outage must not take
 * the instances that still serve pages out); `?ready` answers 503 while the instance cannot render
 * new pages (the CMS does not answer), for a load balancer that should prefer ready instances.
 */
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(request: Request): Promise<Response> {
  const report = await portalHealth();
  const readiness = new URL(request.url).searchParams.has('ready');
  return Response.json(report, { status: readiness && !report.ready ? 503 : 200, headers: NO_STORE });
}

export async function HEAD(request: Request): Promise<Response> {
  const response = await GET(request);
  return new Response(null, { status: response.status, headers: response.headers });
}
