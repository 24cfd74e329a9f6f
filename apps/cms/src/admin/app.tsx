import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar, Earth } from '@strapi/icons';
import { modelTranslations } from '../admin-labels/admin-translations';
// The registry's TypeScript source: Vite bundles it as is (the package's CommonJS build it would not).
import { CONTENT_TYPE_REGISTRY } from '../../../../packages/types/src/content-types';
import { ADMIN_STRINGS_IT } from './translations/it';
import { TOOL_STRINGS } from './translations/model-and-tools';
import { SchedulePanel } from './scheduling/SchedulePanel';

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
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis };
    contentManager.apis.addEditViewSidePanel([SchedulePanel]);
  },
};
