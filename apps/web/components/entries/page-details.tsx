import { RichText } from '@/components/rich-text';
import type { EntryDetailsProps } from '@/lib/page/entry-page';
import { ContactsSection } from './contacts-section';
import { textDirection } from '@/lib/bidi/isolate';

/** An editorial page: its body, then its contacts. */
export function PageDetails({ entry: page, locale }: EntryDetailsProps<'page'>) {
  return (
    <>
      <RichText value={page.body} dir={textDirection(page, locale)} />
      <ContactsSection contacts={page.contacts} locale={locale} />
    </>
  );
}
