import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { ContactChannel, LocaleCode } from '@welfare/types';
import { ContactList } from '@/components/contact-list';
import { inLocale } from '@/lib/in-locale';

/** An entry's contacts under their own heading, in the visitor's language; nothing when there are none. */
export async function ContactsSection({
  contacts,
  locale,
  children,
}: {
  contacts: ContactChannel[] | undefined;
  locale: LocaleCode;
  children?: ReactNode;
}) {
  if (!children && (!contacts || contacts.length === 0)) return null;
  const t = await getTranslations('Contact');
  return (
    <section aria-labelledby="contacts">
      <h2 id="contacts" {...inLocale(locale)}>
        {t('title')}
      </h2>
      {children}
      <ContactList contacts={contacts} />
    </section>
  );
}
