import { telHref, whatsappHref } from './phone';

describe('telHref', () => {
  it.each([
    ['0364 22693', 'tel:+39036422693'],
    ['0364/22.693', 'tel:+39036422693'],
    ['334 6430591', 'tel:+393346430591'],
    ['(+39) 334 643 0591', 'tel:+393346430591'],
    ['0039 0364 22693', 'tel:+39036422693'],
    ['0040 721 234 567', 'tel:+40721234567'],
    ['112', 'tel:112'],
    ['1522', 'tel:1522'],
    ['116 117', 'tel:116117'],
    ['116117', 'tel:116117'],
    ['116 000', 'tel:116000'],
    ['1500', 'tel:1500'],
    ['118', 'tel:118'],
    ['800 123 456', 'tel:+39800123456'],
    ['803 116', 'tel:+39803116'],
  ])('links %s as %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });
});

describe('links from the stored E.164 form', () => {
  it('dials the stored number, whatever staff typed for display', () => {
    expect(telHref({ value: 'Segreteria: 0364 22693 (mattina)', e164: '+39036422693' })).toBe('tel:+39036422693');
    expect(telHref({ value: '+40 721 234 567', e164: '+40721234567' })).toBe('tel:+40721234567');
  });

  it('builds WhatsApp links from the stored number', () => {
    expect(whatsappHref({ value: '334 643 0591', e164: '+393346430591' })).toBe('https://wa.me/393346430591');
  });

  it('keeps short codes, which have no E.164 form, as they are', () => {
    expect(telHref({ value: '116 117', e164: null })).toBe('tel:116117');
  });

  it('ignores a stored form that is not E.164', () => {
    expect(telHref({ value: '0364 22693', e164: '036422693' })).toBe('tel:+39036422693');
  });
});
