import {
  ADMIN_LANGUAGE_KEY,
  adminLanguage,
  editedTypeUid,
  openInItalianByDefault,
  withFieldHelpIn,
  type EditLayout,
} from './admin-language';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS } from '../admin-labels/field-labels';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
}

const SERVICE = 'api::service.service';
const CONTACT = 'contact.channel';
const layout = (): EditLayout => ({
  layout: [
    [
      [
        { name: 'title', hint: 'stored Italian help', placeholder: 'stored' },
        { name: 'notOurs', hint: 'kept', placeholder: 'kept' },
      ],
    ],
  ],
  components: { [CONTACT]: { layout: [[{ name: 'value', hint: 'stored Italian help', placeholder: '' }]] } },
});

describe('the admin’s language', () => {
  it('opens in Italian for a user who never picked one, and keeps a choice made', () => {
    const fresh = memoryStorage();
    openInItalianByDefault(fresh);
    expect(adminLanguage(fresh)).toBe('it');
    const english = memoryStorage({ [ADMIN_LANGUAGE_KEY]: 'en' });
    openInItalianByDefault(english);
    expect(adminLanguage(english)).toBe('en');
  });

  it('finds the edited type in the edit view’s address', () => {
    expect(editedTypeUid(`/admin/content-manager/collection-types/${SERVICE}/abc123?plugins[i18n][locale]=it`)).toBe(SERVICE);
    expect(editedTypeUid('/admin/content-manager/single-types/api::global.global')).toBe('api::global.global');
    expect(editedTypeUid('/admin/settings')).toBeUndefined();
  });

  it('shows each field’s help and placeholder in English to a user who picked English, types and components alike', () => {
    const english = withFieldHelpIn(layout(), SERVICE, 'en');
    const title = CONTENT_TYPE_LABELS[SERVICE].fields.title.en;
    expect(english.layout[0][0][0]).toEqual({ name: 'title', hint: title.description, placeholder: title.placeholder });
    expect(english.layout[0][0][1]).toEqual({ name: 'notOurs', hint: 'kept', placeholder: 'kept' });
    expect(english.components[CONTACT].layout[0][0].hint).toBe(COMPONENT_LABELS[CONTACT].fields.value.en.description);
    expect(withFieldHelpIn(layout(), SERVICE, 'it').layout[0][0][0].hint).toBe(CONTENT_TYPE_LABELS[SERVICE].fields.title.it.description);
  });
});
