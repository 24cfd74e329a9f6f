/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import { breadcrumbListJsonLd } from './breadcrumbs';

describe('BreadcrumbList structured data', () => {
  it('lists the trail in order with absolute URLs, the current page last', () => {
    const data = breadcrumbListJsonLd(
      [{ label: 'Home', href: '/it' }, { label: 'Servizi', href: '/it/services' }, { label: 'Mediazione' }],
      '/it/services/mediazione',
    );
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/it' },
        { '@type': 'ListItem', position: 2, name: 'Servizi', item: 'http://localhost:3000/it/services' },
        { '@type': 'ListItem', position: 3, name: 'Mediazione', item: 'http://localhost:3000/it/services/mediazione' },
      ],
    });
  });
});
