import { getTranslations } from 'next-intl/server';
import { RichText } from '@/components/rich-text';
import { inLocale } from '@/lib/in-locale';
import type { EntryDetailsProps } from '@/lib/page/entry-page';
import { ContactsSection } from './contacts-section';
import { BidiText } from '@/components/bidi-text';
import { textDirection } from '@/lib/bidi/isolate';

/** A school workshop: for whom, when and how long, what it is, how a school books it. */
export async function SchoolWorkshopDetails({ entry: workshop, locale }: EntryDetailsProps<'school-workshop'>) {
  const t = await getTranslations('Workshops');
  return (
    <>
      <dl className="facts">
        <dt {...inLocale(locale)}>{t('targetClasses')}</dt>
        <dd>
          <BidiText text={workshop.targetClasses} dir={textDirection(workshop, locale)} />
        </dd>
        {workshop.schools ? (
          <>
            <dt {...inLocale(locale)}>{t('schools')}</dt>
            <dd>
              <BidiText text={workshop.schools} dir={textDirection(workshop, locale)} />
            </dd>
          </>
        ) : null}
        <dt {...inLocale(locale)}>{t('schoolYear')}</dt>
        <dd dir="ltr">{workshop.schoolYear}</dd>
        <dt {...inLocale(locale)}>{t('format')}</dt>
        <dd {...inLocale(locale)}>{t('sessions', { count: workshop.sessionCount, minutes: workshop.sessionMinutes })}</dd>
      </dl>
      <h2 {...inLocale(locale)}>{t('description')}</h2>
      <RichText value={workshop.description} dir={textDirection(workshop, locale)} headingOffset={2} />
      {workshop.topics && workshop.topics.length > 0 ? (
        <>
          <h2 {...inLocale(locale)}>{t('topics')}</h2>
          <RichText value={workshop.topics} dir={textDirection(workshop, locale)} headingOffset={2} />
        </>
      ) : null}
      <h2 {...inLocale(locale)}>{t('booking')}</h2>
      <RichText value={workshop.booking} dir={textDirection(workshop, locale)} headingOffset={2} />
      <ContactsSection contacts={workshop.contacts} locale={locale} />
    </>
  );
}
