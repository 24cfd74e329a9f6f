// @ts-check
import { adminSession, registerFirstAdmin } from '@welfare/test-support/admin';

/**
 * Publish to live: staff change a title and click "Publish" (the admin's own API call); the clock
 * runs from that click until the portal's page, reloaded every 20 ms as an impatient editor would,
 * shows the new title. The CMS notifies the portal by itself; nothing here nudges the portal.
 * @param {{ cmsUrl: string, portalUrl: string, uid: string, locale: string, slug: string, pagePath: string, rounds: number }} options
 */
export async function measurePublishToLive({ cmsUrl, portalUrl, uid, locale, slug, pagePath, rounds }) {
  const admin = { email: 'bench@welfare.local', password: `Bench-${Date.now()}-Welfare!` };
  await registerFirstAdmin(cmsUrl, admin.email, admin.password);
  const staff = await adminSession(cmsUrl, admin.email, admin.password);
  const entry = await staff.findBySlug(uid, locale, slug);
  const page = `${portalUrl}${pagePath}`;
  // A visitor has seen the page: it is cached, as on a live site.
  await (await fetch(page)).arrayBuffer();

  /** @type {number[]} */
  const latencies = [];
  for (let round = 1; round <= rounds; round += 1) {
    const title = `${entry.title} · ${round}`;
    await staff.saveDraft(uid, entry.documentId, locale, { title });
    const clickedAt = performance.now();
    await staff.publish(uid, entry.documentId, locale);
    for (;;) {
      const html = await (await fetch(page)).text();
      if (html.includes(title)) break;
      if (performance.now() - clickedAt > 60_000) throw new Error(`${pagePath} did not show "${title}" within 60 s of the publish`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    latencies.push(performance.now() - clickedAt);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (/** @type {number} */ share) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]);
  return { page: pagePath, rounds, latencyMs: { p50: at(0.5), p90: at(0.9), max: Math.round(sorted[sorted.length - 1]) } };
}
