import { getTranslations } from 'next-intl/server';
import { breadcrumbListJsonLd, type Crumb } from '@/lib/breadcrumbs';
import { JsonLd } from './json-ld';

/** "You are here" under the header, on every page below the home, with its BreadcrumbList structured data. */
export async function Breadcrumbs({ trail, currentPath }: { trail: Crumb[]; currentPath: string }) {
  const t = await getTranslations('Layout');
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')} data-read-aloud="skip">
      <JsonLd data={breadcrumbListJsonLd(trail, currentPath)} />
      <ol>
        {trail.map((crumb, index) =>
          crumb.href && index < trail.length - 1 ? (
            <li key={index}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ) : (
            <li key={index} aria-current="page">
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
