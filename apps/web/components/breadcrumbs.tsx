import { getLocale, getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, directionOf, isLocaleCode } from '@welfare/types';
import { breadcrumbListJsonLd, type Crumb } from '@/lib/breadcrumbs';
import { JsonLd } from './json-ld';
import { BidiText } from '@/components/bidi-text';

/** "You are here" under the header, on every page below the home, with its BreadcrumbList structured data. */
export async function Breadcrumbs({ trail, currentPath }: { trail: Crumb[]; currentPath: string }) {
  const [t, locale] = await Promise.all([getTranslations('Layout'), getLocale()]);
  const dir = directionOf(isLocaleCode(locale) ? locale : DEFAULT_LOCALE);
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')} data-read-aloud="skip">
      <JsonLd data={breadcrumbListJsonLd(trail, currentPath)} />
      <ol>
        {trail.map((crumb, index) =>
          crumb.href && index < trail.length - 1 ? (
            <li key={index}>
              <a href={crumb.href}>
                <BidiText text={crumb.label} dir={dir} />
              </a>
            </li>
          ) : (
            <li key={index} aria-current="page">
              <BidiText text={crumb.label} dir={dir} />
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
