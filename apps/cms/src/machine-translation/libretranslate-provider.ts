/**
 * LibreTranslate (self-hostable, open source) over its HTTP API: POST /translate with `q` as an
 * array of texts, `source`, `target`, `format: "html"` and `api_key` (when the instance asks for
 * one); the answer's `translatedText` is the array of translations. It has no glossaries: the
 * agency's terms are protected in the markup. 429 and 5xx are retried with exponential backoff;
 * each request has a timeout.
 */
import {
  batches,
  providerFailure,
  textCharacters,
  type TranslationProvider,
  type TranslationRequest,
  type TranslationResult,
} from './provider';

export interface LibreTranslateSettings {
  url: string;
  apiKey?: string;
  timeoutMs: number;
  maxRetries: number;
  /** First wait before a retry; doubled each time. */
  backoffMs?: number;
}

const MAX_TEXTS = 50;
const MAX_CHARACTERS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads the seconds of a Retry-After header (bounded: never longer than a minute). */
function retryAfterMs(header: string | null): number | undefined {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) * 1000 : undefined;
}

export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate' as const;

  /** LibreTranslate has no glossaries. */
  async appliesGlossary(): Promise<boolean> {
    return false;
  }

  constructor(private readonly settings: LibreTranslateSettings) {}

  private async post(texts: string[], source: string, target: string): Promise<string[]> {
    const body = JSON.stringify({
      q: texts,
      source,
      target,
      format: 'html',
      ...(this.settings.apiKey ? { api_key: this.settings.apiKey } : {}),
    });
    let wait = this.settings.backoffMs ?? 1000;
    for (let attempt = 0; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(new URL('translate', this.settings.url.endsWith('/') ? this.settings.url : `${this.settings.url}/`), {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
          signal: AbortSignal.timeout(this.settings.timeoutMs),
        });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        if (attempt < this.settings.maxRetries && !timedOut) {
          await sleep(wait);
          wait *= 2;
          continue;
        }
        throw providerFailure(timedOut ? 'timeout' : 'unavailable', 'libretranslate', timedOut ? undefined : (error as Error).message);
      }
      if (response.ok) {
        const answer = (await response.json().catch(() => null)) as { translatedText?: unknown } | null;
        const translated = answer?.translatedText;
        if (!Array.isArray(translated) || translated.length !== texts.length || !translated.every((text) => typeof text === 'string')) {
          throw providerFailure('bad-response', 'libretranslate');
        }
        return translated as string[];
      }
      const detail = ((await response.json().catch(() => null)) as { error?: string } | null)?.error;
      if ((response.status === 429 || response.status >= 500) && attempt < this.settings.maxRetries) {
        await sleep(retryAfterMs(response.headers.get('retry-after')) ?? wait);
        wait *= 2;
        continue;
      }
      if (response.status === 429) throw providerFailure('rate-limit', 'libretranslate', detail);
      if (response.status === 403) throw providerFailure('unauthorized', 'libretranslate', detail);
      if (response.status === 400) throw providerFailure('unsupported', 'libretranslate', detail);
      throw providerFailure('unavailable', 'libretranslate', `HTTP ${response.status}${detail ? `: ${detail}` : ''}`);
    }
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const segments: string[] = [];
    let characters = 0;
    for (const batch of batches(request.segments, MAX_TEXTS, MAX_CHARACTERS)) {
      segments.push(...(await this.post(batch, request.source, request.target)));
      characters += batch.reduce((sum, text) => sum + textCharacters(text), 0);
    }
    return { segments, characters };
  }
}
