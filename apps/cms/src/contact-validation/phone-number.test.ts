import { phoneNumberE164 } from './phone-number';

describe('phone numbers in E.164', () => {
  it.each([
    ['phone', '0364 22693', '+39036422693'],
    ['phone', '+39 0364 22693', '+39036422693'],
    ['phone', '0039 0364 22693', '+39036422693'],
    ['mobile', '334 6430591', '+393346430591'],
    ['whatsapp', '+40 721 234 567', '+40721234567'],
    ['phone', '800 123 456', '+39800123456'],
  ] as const)('stores a %s typed "%s" as %s', (kind, typed, e164) => {
    expect(phoneNumberE164(kind, typed)).toBe(e164);
  });

  it.each([
    ['phone', '116 117'],
    ['phone', '112'],
    ['phone', 'call us'],
    ['mobile', '0364 22693'],
  ] as const)('keeps none for a %s "%s" (a short code, or not dialable)', (kind, typed) => {
    expect(phoneNumberE164(kind, typed)).toBeNull();
  });
});
