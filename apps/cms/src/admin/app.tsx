import type { StrapiApp } from '@strapi/strapi/admin';
import { Star } from '@strapi/icons';

export default {
  config: {
    // The staff work in Italian; English stays available in each user's profile.
    locales: ['it'],
  },
  register(app: StrapiApp) {
    // Citizens' page ratings on the admin home, per page and language, for staff who may read them.
    app.widgets.register({
      icon: Star,
      title: { id: 'welfare.page-rating.widget', defaultMessage: 'Valutazioni delle pagine' },
      component: async () => (await import('./page-rating-summary')).default,
      id: 'page-rating-summary',
      link: { label: { id: 'welfare.page-rating.widget.all', defaultMessage: 'Tutte le valutazioni' }, href: '/content-manager/collection-types/api::page-rating.page-rating' },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::page-rating.page-rating' }],
    });
  },
  bootstrap(_app: StrapiApp) {},
};
