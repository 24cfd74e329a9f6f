/**
 * The two providers' clients against the local stand-in of their APIs (deepl-node speaks DeepL's
 * /v2 protocol, our client LibreTranslate's): batching, glossaries, HTML handling, 429 retried
 * with backoff, 456 and timeouts answered as failures staff can read.
 */
import { startStandIn, type StandIn } from '../../tests/support/translation-stand-in';
import { DeeplProvider } from './deepl-provider';
import { LibreTranslateProvider } from './libretranslate-provider';
import { TranslationProviderError } from './provider';
import { glossaryPattern } from './protected-text';
import { prepareText } from './segment-markup';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn();
});
afterAll(() => standIn.stop());
beforeEach(() => standIn.reset());

const deepl = (overrides: Partial<ConstructorParameters<typeof DeeplProvider>[0]> = {}) =>
  new DeeplProvider({ apiKey: standIn.deeplKey, serverUrl: standIn.url, timeoutMs: 2000, maxRetries: 3, ...overrides });
const libre = (overrides: Partial<ConstructorParameters<typeof LibreTranslateProvider>[0]> = {}) =>
  new LibreTranslateProvider({ url: standIn.url, apiKey: standIn.libreKey, timeoutMs: 2000, maxRetries: 3, backoffMs: 50, ...overrides });

async function failure(promise: Promise<unknown>): Promise<TranslationProviderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TranslationProviderError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('DeepL through deepl-node', () => {
  it('translates many segments in batches of 50, as HTML with the protected tag ignored', async () => {
    const segments = Array.from({ length: 120 }, (_, index) => `Servizio <x-k i="0">Via Roma ${index}</x-k> numero`);
    const result = await deepl().translate({ segments, source: 'it', target: 'uk', glossaryTerms: [] });
    expect(result.segments).toHaveLength(120);
    expect(result.segments[7]).toBe('сервізіо <x-k i="0">Via Roma 7</x-k> нумеро');
    const requests = (await standIn.requests()).filter((request) => request.path === '/v2/translate');
    expect(requests.map((request) => request.texts.length)).toEqual([50, 50, 20]);
    expect(requests[0].params).toMatchObject({ source_lang: 'it', target_lang: 'uk', tag_handling: 'html', ignore_tags: 'x-k' });
    expect(result.characters).toBe(segments.reduce((sum, text) => sum + text.replace(/<[^>]*>/g, '').length, 0));
  });

  it('sends English as en-GB and the agency’s terms as a DeepL glossary, reused while they stay the same', async () => {
    const provider = deepl();
    const request = { segments: ['La Consulta Stranieri si riunisce'], source: 'it', target: 'en', glossaryTerms: ['Consulta Stranieri'] };
    expect((await provider.translate(request)).segments).toEqual(['LA Consulta Stranieri SI RIUNISCE']);
    await provider.translate(request);
    const requests = await standIn.requests();
    expect(requests.filter((entry) => entry.path === '/v2/glossaries')).toHaveLength(1);
    const translations = requests.filter((entry) => entry.path === '/v2/translate');
    expect(translations.map((entry) => entry.params.target_lang)).toEqual(['en-GB', 'en-GB']);
    expect(translations[0].params.glossary_id).toEqual(expect.any(String));
  });

  it('asks DeepL which pairs have glossaries (Urdu has none: its terms are protected in the markup instead)', async () => {
    const provider = deepl();
    expect(await provider.appliesGlossary('it', 'uk')).toBe(true);
    expect(await provider.appliesGlossary('it', 'en')).toBe(true);
    expect(await provider.appliesGlossary('it', 'ur')).toBe(false);
    expect((await libre().appliesGlossary()) as boolean).toBe(false);
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    await standIn.fail('deepl', 429, 2);
    const result = await deepl().translate({ segments: ['ciao'], source: 'it', target: 'fr', glossaryTerms: [] });
    expect(result.segments).toEqual(['CIAO']);
    expect((await standIn.requests()).filter((entry) => entry.path === '/v2/translate')).toHaveLength(3);
  });

  it('answers a 456 (quota exhausted) as a quota failure, at once', async () => {
    await standIn.limit(5);
    const error = await failure(deepl().translate({ segments: ['una frase lunga'], source: 'it', target: 'fr', glossaryTerms: [] }));
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/DeepL ha esaurito la quota/);
  });

  it('answers a wrong key and a provider that does not answer in time', async () => {
    expect(
      (await failure(deepl({ apiKey: 'wrong:fx' }).translate({ segments: ['a'], source: 'it', target: 'fr', glossaryTerms: [] }))).kind,
    ).toBe('unauthorized');
    await standIn.fail('deepl', 0, 5, true);
    const error = await failure(
      deepl({ timeoutMs: 300, maxRetries: 1 }).translate({ segments: ['a'], source: 'it', target: 'fr', glossaryTerms: [] }),
    );
    expect(['timeout', 'unavailable']).toContain(error.kind);
  });
});

describe('LibreTranslate over HTTP', () => {
  it('sends q as an array with format html and the api_key, and translates every text between tags', async () => {
    const glossary = glossaryPattern(['Consulta Stranieri']);
    const segment = prepareText('La Consulta Stranieri: tel. 0364 540111', { glossary });
    const result = await libre().translate({ segments: [segment.html, 'ciao'], source: 'it', target: 'ar', glossaryTerms: [] });
    // LibreTranslate translates inside the protecting tag too; the markup takes the original back.
    expect(result.segments[0]).not.toContain('Consulta Stranieri');
    expect(segment.decode(result.segments[0])).toBe('لا Consulta Stranieri: تيل. 0364 540111');
    const [request] = await standIn.requests();
    expect(request.params).toMatchObject({ source: 'it', target: 'ar', format: 'html', api_key: standIn.libreKey });
    expect(request.texts).toHaveLength(2);
  });

  it('retries 429 and 5xx with backoff, then gives up with a rate-limit failure', async () => {
    await standIn.fail('libretranslate', 503, 1);
    await standIn.fail('libretranslate', 429, 1);
    expect((await libre().translate({ segments: ['ciao'], source: 'it', target: 'sq', glossaryTerms: [] })).segments).toEqual(['CIAO']);
    await standIn.fail('libretranslate', 429, 10);
    const error = await failure(libre({ maxRetries: 2 }).translate({ segments: ['ciao'], source: 'it', target: 'sq', glossaryTerms: [] }));
    expect(error.kind).toBe('rate-limit');
  });

  it('answers a wrong key, an unsupported language and a timeout', async () => {
    expect(
      (await failure(libre({ apiKey: 'wrong' }).translate({ segments: ['a'], source: 'it', target: 'ur', glossaryTerms: [] }))).kind,
    ).toBe('unauthorized');
    expect((await failure(libre().translate({ segments: ['a'], source: 'it', target: 'xx', glossaryTerms: [] }))).kind).toBe('unsupported');
    await standIn.fail('libretranslate', 0, 1, true);
    expect(
      (await failure(libre({ timeoutMs: 300 }).translate({ segments: ['a'], source: 'it', target: 'ur', glossaryTerms: [] }))).kind,
    ).toBe('timeout');
  });
});
