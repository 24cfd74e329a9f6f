/**
 * DeepL through its official Node client (deepl-node, /v2/translate and the /v2 glossaries).
 * Segments go out as HTML (`tag_handling=html`), `<x-k>` is an ignored tag (never translated),
 * up to 50 texts per request (DeepL's limit) and well under its 128 KiB request size. The client
 * retries 429 and 5xx itself with exponential backoff; what is left is answered as a
 * TranslationProviderError with a message for staff.
 */
import { createHash } from 'node:crypto';
import * as deepl from 'deepl-node';
import {
  batches,
  providerFailure,
  textCharacters,
  type TranslationProvider,
  type TranslationRequest,
  type TranslationResult,
} from './provider';

export interface DeeplSettings {
  apiKey: string;
  /** Default: chosen by the key (`:fx` keys are DeepL API Free's). */
  serverUrl?: string;
  timeoutMs: number;
  maxRetries: number;
}

/** DeepL's target codes: English needs its variant. */
export const deeplTarget = (locale: string): deepl.TargetLanguageCode => (locale === 'en' ? 'en-GB' : locale) as deepl.TargetLanguageCode;

const MAX_TEXTS = 50;
const MAX_CHARACTERS = 60_000;
const GLOSSARY_PREFIX = 'welfare-portal';

function failureOf(error: unknown): Error {
  if (error instanceof deepl.QuotaExceededError) return providerFailure('quota', 'deepl');
  if (error instanceof deepl.TooManyRequestsError) return providerFailure('rate-limit', 'deepl');
  if (error instanceof deepl.AuthorizationError) return providerFailure('unauthorized', 'deepl');
  if (error instanceof deepl.ConnectionError) {
    const code = (error.error as { code?: string } | undefined)?.code;
    return providerFailure(code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timeout' : 'unavailable', 'deepl', error.message);
  }
  if (error instanceof deepl.DeepLError)
    return providerFailure(/Bad request/.test(error.message) ? 'unsupported' : 'unavailable', 'deepl', error.message);
  return error instanceof Error ? error : new Error(String(error));
}

export class DeeplProvider implements TranslationProvider {
  readonly name = 'deepl' as const;
  private readonly translator: deepl.Translator;
  /** DeepL's glossary language pairs ("it>uk"), asked once (GET /v2/glossary-language-pairs). */
  private glossaryPairs?: Promise<Set<string>>;
  /** Glossary name → id on DeepL, for the terms as they are now. */
  private readonly glossaries = new Map<string, string>();

  constructor(settings: DeeplSettings) {
    this.translator = new deepl.Translator(settings.apiKey, {
      serverUrl: settings.serverUrl,
      minTimeout: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      sendPlatformInfo: false,
    });
  }

  /** Whether DeepL has glossaries for this pair; when it has not (or cannot say), the terms are protected in the markup. */
  async appliesGlossary(source: string, target: string): Promise<boolean> {
    this.glossaryPairs ??= this.translator
      .getGlossaryLanguagePairs()
      .then((pairs) => new Set(pairs.map((pair) => `${pair.sourceLang.toLowerCase()}>${pair.targetLang.toLowerCase()}`)))
      .catch(() => {
        this.glossaryPairs = undefined;
        return new Set<string>();
      });
    return (await this.glossaryPairs).has(`${source}>${target.split('-')[0]}`);
  }

  /** The glossary for these terms and this pair: reused while the terms stay the same, older ones deleted. */
  private async glossaryFor(source: string, target: string, terms: string[]): Promise<string | undefined> {
    const cleaned = [...new Set(terms.map((term) => term.replace(/[\t\r\n]+/g, ' ').trim()).filter(Boolean))].sort();
    if (cleaned.length === 0) return undefined;
    const glossaryTarget = target.split('-')[0];
    const digest = createHash('sha256').update(cleaned.join('\n')).digest('hex').slice(0, 16);
    const family = `${GLOSSARY_PREFIX}-${source}-${glossaryTarget}-`;
    const name = `${family}${digest}`;
    const known = this.glossaries.get(name);
    if (known) return known;
    const existing = await this.translator.listGlossaries();
    let glossary = existing.find((info) => info.name === name && info.ready);
    if (!glossary) {
      const entries = new deepl.GlossaryEntries({ entries: Object.fromEntries(cleaned.map((term) => [term, term])) });
      glossary = await this.translator.createGlossary(
        name,
        source as deepl.SourceGlossaryLanguageCode,
        glossaryTarget as deepl.TargetGlossaryLanguageCode,
        entries,
      );
    }
    for (const old of existing.filter((info) => info.name.startsWith(family) && info.name !== name)) {
      await this.translator.deleteGlossary(old.glossaryId).catch(() => undefined);
    }
    this.glossaries.set(name, glossary.glossaryId);
    return glossary.glossaryId;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    try {
      const glossary = await this.glossaryFor(request.source, request.target, request.glossaryTerms);
      const segments: string[] = [];
      let characters = 0;
      for (const batch of batches(request.segments, MAX_TEXTS, MAX_CHARACTERS)) {
        const results = await this.translator.translateText(
          batch,
          request.source as deepl.SourceLanguageCode,
          deeplTarget(request.target),
          {
            tagHandling: 'html',
            ignoreTags: ['x-k'],
            preserveFormatting: true,
            ...(glossary ? { glossary } : {}),
          },
        );
        if (results.length !== batch.length)
          throw providerFailure('bad-response', 'deepl', `${batch.length} texts sent, ${results.length} received`);
        for (const [index, result] of results.entries()) {
          segments.push(result.text);
          characters += result.billedCharacters ?? textCharacters(batch[index]);
        }
      }
      return { segments, characters };
    } catch (error) {
      throw failureOf(error);
    }
  }
}
