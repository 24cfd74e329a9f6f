/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { serializeJsonLd } from './json-ld';

describe('serializeJsonLd', () => {
  const hostile = { '@type': 'Event', name: 'Festa </script><script>alert(1)</script>', description: '<!-- a < b -->' };

  it('never lets content close the <script> element it is written into', () => {
    const serialized = serializeJsonLd(hostile);
    expect(serialized).not.toContain('<');
    expect(serialized).toContain('\\u003c/script>');
  });

  it('still reads back as the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it('keeps non-Latin text as it is', () => {
    expect(serializeJsonLd({ name: 'الوساطة اللغوية' })).toBe('{"name":"الوساطة اللغوية"}');
  });
});
