// @ts-check
import { adminSession, registerFirstAdmin } from '@welfare/test-support/admin';

/**
 * Publish to live: staff change a title and click "Publish" (the admin's own API call); the clock
 * runs from that click until every portal instance's page, reloaded every 20 ms as an impatient
 * editor would, shows the new title. The CMS notifies one instance by itself (the others hear of
 * it through their shared Redis); nothing here nudges a portal.
 *
 * One publish before the timed rounds, reported apart (`firstAfterStartMs`): the instances have just
 * started, and the first render of a page kind in a process runs cold code (719–872 ms at 20×, where
 * later renders take about 200 ms). A live instance has rendered pages of every kind before staff
 * publish; the percentiles are of that state.
 *
 * `admin`: the credentials of an admin the database already has; without, the first admin is
 * registered here (a fresh database).
 * @param {{ cmsUrl: string, portalUrls: string[], uid: string, locale: string, slug: string, pagePath: string, rounds: number, admin?: { email: string, password: string } }} options
 */
export async function measurePublishToLive({ cmsUrl, portalUrls, uid, locale, slug, pagePath, rounds, admin }) {
  const credentials = admin ?? { email: 'bench@welfare.local', password: `Bench-${Date.now()}-Welfare!` };
  if (!admin) await registerFirstAdmin(cmsUrl, credentials.email, credentials.password);
  const staff = await adminSession(cmsUrl, credentials.email, credentials.password);
  const entry = await staff.findBySlug(uid, locale, slug);
  const pages = portalUrls.map((portalUrl) => `${portalUrl}${pagePath}`);
  // A visitor has seen the page on every instance: it is cached, as on a live site.
  for (const page of pages) await (await fetch(page)).arrayBuffer();

  /** Polls one instance's page until it shows the title; the time since the click. */
  const shown = async (/** @type {string} */ page, /** @type {string} */ title, /** @type {number} */ clickedAt) => {
    for (;;) {
      const html = await (await fetch(page)).text();
      if (html.includes(title)) return performance.now() - clickedAt;
      if (performance.now() - clickedAt > 60_000) throw new Error(`${page} did not show "${title}" within 60 s of the publish`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  /** One publish, then polling: the time until the last instance shows it, and the CMS's answer's. */
  const publishOnce = async (/** @type {string} */ title) => {
    await staff.saveDraft(uid, entry.documentId, locale, { title });
    const clickedAt = performance.now();
    const published = staff.publish(uid, entry.documentId, locale).then(() => performance.now() - clickedAt);
    const [answerMs, ...shownAfter] = await Promise.all([published, ...pages.map((page) => shown(page, title, clickedAt))]);
    return { liveMs: Math.max(...shownAfter), answerMs };
  };
  const first = await publishOnce(`${entry.title} · 0`);
  /** @type {number[]} */
  const latencies = [];
  /** @type {number[]} the part of each spent waiting for the CMS's answer to the click */
  const publishAnswers = [];
  for (let round = 1; round <= rounds; round += 1) {
    const { liveMs, answerMs } = await publishOnce(`${entry.title} · ${round}`);
    latencies.push(liveMs);
    publishAnswers.push(answerMs);
  }
  return {
    page: pagePath,
    instances: portalUrls.length,
    rounds,
    latencyMs: percentiles(latencies),
    publishAnswerMs: percentiles(publishAnswers),
    firstAfterStartMs: Math.round(first.liveMs),
  };
}

/** @param {number[]} values */
function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ share) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]);
  return { p50: at(0.5), p90: at(0.9), p100: Math.round(sorted[sorted.length - 1]) };
}
