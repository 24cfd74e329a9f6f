import { directionOf } from '@welfare/types';
import { RichText } from '@/components/rich-text';
import type { EntryDetailsProps } from '@/lib/page/entry-page';
import { ContactsSection } from './contacts-section';

/** An editorial page: its body, then its contacts. */
export function PageDetails({ entry: page, locale }: EntryDetailsProps<'page'>) {
  return (
    <>
      <RichText value={page.body} dir={directionOf(page.locale)} />
      <ContactsSection contacts={page.contacts} locale={locale} />
    </>
  );
}
