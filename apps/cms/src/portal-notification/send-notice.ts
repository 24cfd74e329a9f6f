import type { Core } from '@strapi/strapi';
import type { ChangeNotice } from '@welfare/types';
import { secret } from '../environment/secrets';
import { environment } from '../environment/environment';
import { holdAnswerUntil } from './hold-answer';

/**
 * Sends a change notice to the portal (POST /api/revalidate, the shared secret as a bearer token).
 * A notice lost anyway (the portal down for longer than the retries) heals by itself: the portal
 * also refreshes every page at least every CMS_REVALIDATE_SECONDS.
 */
const TIMEOUT_MS = 5_000;
/** Waits before the 2nd and 3rd attempt: a portal restarting is back within seconds. */
const RETRY_DELAYS_MS = [1_000, 4_000];

export const revalidateUrl = () => `${environment().portalInternalUrl}/api/revalidate`;

const describe = (notice: ChangeNotice) => `${notice.event} ${notice.type} ${notice.documentId} [${notice.locales.join(',')}]`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the notice; the request that made the change answers once its first attempt is over. */
export function sendNotice(strapi: Core.Strapi, notice: ChangeNotice, retryDelaysMs: number[] = RETRY_DELAYS_MS): Promise<boolean> {
  let firstAttemptOver!: () => void;
  holdAnswerUntil(
    new Promise<void>((resolve) => {
      firstAttemptOver = resolve;
    }),
  );
  return deliver(strapi, notice, retryDelaysMs, firstAttemptOver).finally(firstAttemptOver);
}

async function deliver(strapi: Core.Strapi, notice: ChangeNotice, retryDelaysMs: number[], firstAttemptOver: () => void): Promise<boolean> {
  const url = revalidateUrl();
  const startedAt = Date.now();
  let lastFailure = '';
  for (let attempt = 0; attempt <= retryDelaysMs.length; attempt += 1) {
    if (attempt > 0) {
      firstAttemptOver();
      await sleep(retryDelaysMs[attempt - 1]);
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret('REVALIDATE_SECRET')}` },
        body: JSON.stringify(notice),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.ok) {
        strapi.log.info(`Portal notified: ${describe(notice)} → ${response.status} in ${Date.now() - startedAt} ms ${text.slice(0, 300)}`);
        return true;
      }
      lastFailure = `${response.status} ${text.slice(0, 200)}`;
      // The portal refused the notice itself (secret, shape): trying again would not help.
      if (response.status >= 400 && response.status < 500) break;
    } catch (error) {
      lastFailure = error instanceof Error ? error.message : String(error);
    }
  }
  strapi.log.warn(
    `Portal not notified of ${describe(notice)} at ${url}: ${lastFailure}. Its pages refresh within CMS_REVALIDATE_SECONDS anyway.`,
  );
  return false;
}
