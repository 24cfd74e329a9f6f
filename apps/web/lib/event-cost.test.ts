import { isFreeAdmission } from './event-cost';

describe('isFreeAdmission', () => {
  // The demo content's costs in the eight languages.
  it.each([
    'Ingresso libero',
    'Free entry',
    'Entrée libre et gratuite',
    'Intrare liberă',
    'Hyrja e lirë, pa pagesë',
    'Вхід вільний',
    'الدخول مجاني',
    'داخلہ مفت',
    'Gratuito',
    'Partecipazione gratuita, iscrizione obbligatoria',
    'FREE',
  ])('"%s" is free', (cost) => expect(isFreeAdmission(cost)).toBe(true));
  it.each(['5 €', '10 euro a persona', '€ 0,50', 'Biglietto: 3 EUR', '15 lei', '200 грн'])('"%s" is not free', (cost) =>
    expect(isFreeAdmission(cost)).toBe(false),
  );
  it.each([
    null,
    '',
    '   ',
    'Gratuito per i soci, 5 € per gli altri',
    'Non gratuito',
    'not free',
    'Vedi il regolamento',
    '0 €',
    'carefree evening',
  ])('"%s" is not clear, so nothing is said', (cost) => expect(isFreeAdmission(cost)).toBeUndefined());
});
