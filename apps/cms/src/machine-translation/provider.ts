/**
 * A machine-translation provider, as the CMS uses one: Italian segments of markup
 * (segment-markup.ts) in, the same number of translated segments out, in one call that batches
 * them into as few requests as the provider allows.
 */
export type ProviderName = 'deepl' | 'libretranslate';

export interface TranslationRequest {
  /** Segment markup, in order. */
  segments: string[];
  source: string;
  target: string;
  /** Terms of the agency kept as they are (for a provider with glossaries; others get them protected in the markup). */
  glossaryTerms: string[];
}

export interface TranslationResult {
  segments: string[];
  /** Characters the provider billed (or, when it does not say, the characters of text sent). */
  characters: number;
}

export interface TranslationProvider {
  readonly name: ProviderName;
  /** Whether it applies the glossary itself for this pair (then the terms are not wrapped in the markup). */
  appliesGlossary(source: string, target: string): Promise<boolean>;
  translate(request: TranslationRequest): Promise<TranslationResult>;
}

export type ProviderFailureKind = 'quota' | 'rate-limit' | 'unauthorized' | 'unavailable' | 'timeout' | 'bad-response' | 'unsupported';

/** A provider's failure, with a message for staff (Italian) and its kind for the route's status. */
export class TranslationProviderError extends Error {
  constructor(
    readonly kind: ProviderFailureKind,
    readonly provider: ProviderName,
    message: string,
  ) {
    super(message);
    this.name = 'TranslationProviderError';
  }
}

const FAILURE_TEXT: Record<ProviderFailureKind, string> = {
  quota: 'ha esaurito la quota di caratteri del periodo (HTTP 456): nessun testo è stato scritto',
  'rate-limit': 'riceve troppe richieste (HTTP 429) anche dopo alcuni tentativi: riprovare tra qualche minuto',
  unauthorized: 'ha rifiutato la chiave di accesso: controllare la configurazione',
  unavailable: 'non è raggiungibile o ha risposto con un errore',
  timeout: 'non ha risposto in tempo',
  'bad-response': 'ha risposto in un formato inatteso',
  unsupported: 'non traduce questa coppia di lingue',
};

export function providerFailure(kind: ProviderFailureKind, provider: ProviderName, detail?: string): TranslationProviderError {
  const label = provider === 'deepl' ? 'DeepL' : 'LibreTranslate';
  return new TranslationProviderError(kind, provider, `${label} ${FAILURE_TEXT[kind]}${detail ? ` (${detail})` : ''}.`);
}

/** Splits segments into batches of at most `maxTexts` texts and about `maxCharacters` characters. */
export function batches(segments: readonly string[], maxTexts: number, maxCharacters: number): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const segment of segments) {
    if (current.length > 0 && (current.length >= maxTexts || size + segment.length > maxCharacters)) {
      result.push(current);
      current = [];
      size = 0;
    }
    current.push(segment);
    size += segment.length;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Characters of text in markup (tags left out, entities as one), as providers bill them. */
export function textCharacters(markup: string): number {
  return [...markup.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, '_')].length;
}
