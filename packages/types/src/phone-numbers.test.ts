import { italianShortCode, phoneDigits } from './phone-numbers';

describe('Italian short codes', () => {
  it.each(['112', '113', '115', '118', '116 117', '116000', '1522', '1500', '15 22'])('%s is a short code', (value) => {
    expect(italianShortCode(value)).toBe(phoneDigits(value));
  });
  it.each(['0364 22693', '334 6430591', '800 123 456', '803 116', '119', '1161170', '11', '+39 112', ''])('%s is not', (value) => {
    expect(italianShortCode(value)).toBeUndefined();
  });
});
