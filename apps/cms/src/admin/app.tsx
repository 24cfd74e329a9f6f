import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar, Earth, Star } from '@strapi/icons';
import { modelTranslations } from '../admin-labels/admin-translations';
import { adminLanguage, editedTypeUid, openInItalianByDefault, withFieldHelpIn, type EditLayout } from './admin-language';
// The registry's TypeScript source: Vite bundles it as is (the package's CommonJS build it would not).
import { CONTENT_TYPE_REGISTRY } from '../../../../packages/types/src/content-types';
import { ADMIN_STRINGS_IT } from './translations/it';
import { TOOL_STRINGS } from './translations/model-and-tools';
import { SchedulePanel } from './scheduling/SchedulePanel';
import { MachineTranslationPanel } from './machine-translation/MachineTranslationPanel';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

export default {
  config: {
    // The staff work in Italian; English stays available in each user's profile.
    locales: ['it'],
    translations: {
      it: { ...ADMIN_STRINGS_IT, ...modelTranslations('it', CONTENT_TYPE_REGISTRY), ...TOOL_STRINGS.it },
      en: { ...modelTranslations('en', CONTENT_TYPE_REGISTRY), ...TOOL_STRINGS.en },
    },
  },
  register(app: StrapiApp) {
    // Before the admin renders: Italian unless the user picked another language in their profile.
    openInItalianByDefault(window.localStorage);
    app.addMenuLink({
      to: 'translation-coverage',
      icon: Earth,
      intlLabel: { id: 'translation-coverage.menu', defaultMessage: 'Translation coverage' },
      Component: () => import('./translation-coverage/CoveragePage'),
      permissions: [],
    });
    app.widgets.register({
      id: 'translation-coverage',
      icon: Calendar,
      title: { id: 'translation-coverage.title', defaultMessage: 'Translation coverage' },
      link: { label: { id: 'translation-coverage.widget.all', defaultMessage: 'All languages' }, href: '/translation-coverage' },
      component: async () => (await import('./translation-coverage/CoverageWidget')).CoverageWidget,
    });
    // Citizens' page ratings on the admin home, per page and language, for staff who may read them.
    app.widgets.register({
      icon: Star,
      title: { id: 'welfare.page-rating.widget', defaultMessage: 'Valutazioni delle pagine' },
      component: async () => (await import('./page-rating-summary')).default,
      id: 'page-rating-summary',
      link: {
        label: { id: 'welfare.page-rating.widget.all', defaultMessage: 'Tutte le valutazioni' },
        href: '/content-manager/collection-types/api::page-rating.page-rating',
      },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::page-rating.page-rating' }],
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
    contentManager.apis.addEditViewSidePanel([MachineTranslationPanel, SchedulePanel]);
    // Each field's help and placeholder in the user's admin language (the stored ones are Italian).
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', <Args extends { layout: EditLayout }>(args: Args): Args => {
      const language = adminLanguage(window.localStorage);
      return language ? { ...args, layout: withFieldHelpIn(args.layout, editedTypeUid(window.location.pathname), language) } : args;
    });
  },
};
