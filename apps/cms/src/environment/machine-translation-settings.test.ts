import { readMachineTranslationSettings } from './machine-translation-settings';

const read = (env: Record<string, string>) => {
  const problems: string[] = [];
  return { settings: readMachineTranslationSettings(env, problems), problems };
};

describe('machine translation settings', () => {
  it('is off without a provider, every language uncovered', () => {
    const { settings, problems } = read({ MACHINE_TRANSLATION_DEEPL_API_KEY: '', MACHINE_TRANSLATION_LIBRETRANSLATE_URL: '' });
    expect(problems).toEqual([]);
    expect(settings.deepl).toBeUndefined();
    expect(settings.libreTranslate).toBeUndefined();
    expect(settings.uncovered).toEqual(['en', 'fr', 'ar', 'ur', 'ro', 'sq', 'uk']);
    expect(settings.monthlyCharacterLimit).toBe(500_000);
  });

  it('gives DeepL the languages it translates and states the others uncovered', () => {
    const { settings } = read({ MACHINE_TRANSLATION_DEEPL_API_KEY: 'key:fx' });
    expect(settings.assignments).toEqual({ en: 'deepl', fr: 'deepl', ar: 'deepl', ro: 'deepl', uk: 'deepl' });
    expect(settings.uncovered).toEqual(['ur', 'sq']);
  });

  it('covers the rest with LibreTranslate, or follows MACHINE_TRANSLATION_PROVIDERS', () => {
    expect(
      read({ MACHINE_TRANSLATION_DEEPL_API_KEY: 'k', MACHINE_TRANSLATION_LIBRETRANSLATE_URL: 'http://lt:5000' }).settings.assignments,
    ).toMatchObject({ ur: 'libretranslate', sq: 'libretranslate', en: 'deepl' });
    const chosen = read({
      MACHINE_TRANSLATION_DEEPL_API_KEY: 'k',
      MACHINE_TRANSLATION_LIBRETRANSLATE_URL: 'http://lt:5000',
      MACHINE_TRANSLATION_PROVIDERS: 'en=libretranslate, ar:deepl',
    });
    expect(chosen.problems).toEqual([]);
    expect(chosen.settings.assignments).toEqual({ en: 'libretranslate', ar: 'deepl' });
    expect(chosen.settings.uncovered).toEqual(['fr', 'ur', 'ro', 'sq', 'uk']);
  });

  it('names each variable it refuses', () => {
    const { problems } = read({
      MACHINE_TRANSLATION_DEEPL_API_KEY: 'k',
      MACHINE_TRANSLATION_LIBRETRANSLATE_URL: 'ftp://lt',
      MACHINE_TRANSLATION_PROVIDERS: 'ur=deepl,xx=deepl,fr=google,ro=libretranslate',
      MACHINE_TRANSLATION_MONTHLY_CHARACTERS: 'lots',
      MACHINE_TRANSLATION_TIMEOUT_MS: '5',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^MACHINE_TRANSLATION_LIBRETRANSLATE_URL: /),
        expect.stringMatching(/DeepL does not translate into ur/),
        expect.stringMatching(/"xx" is not a language/),
        expect.stringMatching(/"google" for fr is not a provider/),
        expect.stringMatching(/ro is assigned to libretranslate, which is not configured/),
        expect.stringMatching(/^MACHINE_TRANSLATION_MONTHLY_CHARACTERS: /),
        expect.stringMatching(/^MACHINE_TRANSLATION_TIMEOUT_MS: /),
      ]),
    );
  });
});
