import { CONTENT_TYPES, CONTENT_TYPE_REGISTRY } from '@welfare/types';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS } from '../src/admin-labels/field-labels';
import { modelTranslations } from '../src/admin-labels/admin-translations';
import { adminLogin, request } from './support/admin-api';

interface Metadata {
  edit: { label?: string; description?: string; placeholder?: string };
  list: { label?: string };
}
interface Configuration {
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: Array<Array<{ name: string }>> };
  settings: { mainField: string };
}
interface ConfigurationBody {
  data: { contentType: Configuration; components: Record<string, Configuration> };
}

describe('the admin in Italian (content-manager configuration)', () => {
  it('labels, describes and orders every field of every type and component, with Italian labels here and English ones in the admin translations', async () => {
    const jwt = await adminLogin();
    const english = modelTranslations('en', CONTENT_TYPE_REGISTRY);
    const italian = modelTranslations('it', CONTENT_TYPE_REGISTRY);
    for (const name of CONTENT_TYPES) {
      const { uid, titleField } = CONTENT_TYPE_REGISTRY[name];
      const response = await request<ConfigurationBody>('GET', `/content-manager/content-types/${uid}/configuration`, { token: jwt });
      expect(response.status).toBe(200);
      const { contentType, components } = response.body.data;
      const models = { [uid]: contentType, ...components };
      for (const [modelUid, configuration] of Object.entries(models)) {
        const labels = CONTENT_TYPE_LABELS[modelUid] ?? COMPONENT_LABELS[modelUid];
        for (const field of Object.keys(labels.fields)) {
          const metadata = configuration.metadatas[field];
          const where = `${modelUid}.${field}`;
          expect({ where, label: metadata?.edit.label, description: metadata?.edit.description }).toEqual({
            where,
            label: labels.fields[field].it.label,
            description: labels.fields[field].it.description,
          });
          // The admin looks these ids up before the configuration's label (a type's fields under
          // `content-types`, a component's under `components`): both languages must have them.
          const id = `content-manager.${modelUid === uid ? 'content-types' : 'components'}.${modelUid}.${field}`;
          expect({ where, it: italian[id], en: english[id] }).toEqual({
            where,
            it: labels.fields[field].it.label,
            en: labels.fields[field].en.label,
          });
        }
        // The edit view follows the labels module's order (Modello Comuni).
        const order = configuration.layouts.edit.flat().map((field) => field.name);
        expect(order).toEqual(Object.keys(labels.fields).filter((field) => order.includes(field)));
      }
      expect(contentType.settings.mainField).toBe(titleField);
      expect(contentType.layouts.list[0]).toBe(titleField);
      expect(contentType.layouts.list).toContain('updatedAt');
      expect(contentType.metadatas.updatedAt.list.label).toBe('Ultima modifica');
    }
  });

  it('hides the users-permissions User from the content manager and names roles and languages in Italian', async () => {
    const jwt = await adminLogin();
    const types = await request<{ data: Array<{ uid: string; isDisplayed: boolean }> }>('GET', '/content-manager/content-types', {
      token: jwt,
    });
    expect(types.body.data.find((type) => type.uid === 'plugin::users-permissions.user')?.isDisplayed).toBe(false);
    expect(types.body.data.find((type) => type.uid === 'api::service.service')?.isDisplayed).toBe(true);

    const roles = await request<{ data: Array<{ code: string; name: string }> }>('GET', '/admin/roles', { token: jwt });
    expect(roles.body.data.find((role) => role.code === 'translator-ar')?.name).toBe('Traduttore arabo (ar)');
    expect(roles.body.data.find((role) => role.code === 'strapi-editor')?.name).toBe('Redattore');

    const locales = await request<Array<{ code: string; name: string }>>('GET', '/i18n/locales', { token: jwt });
    expect(locales.body.find((locale) => locale.code === 'sq')?.name).toBe('Albanese (sq)');
    expect(locales.body.find((locale) => locale.code === 'uk')?.name).toBe('Ucraino (uk)');
  });
});
