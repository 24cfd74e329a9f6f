import { getLocale, getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, isLocaleCode } from '@welfare/types';
import { inLocale } from '@/lib/in-locale';
import { BidiText } from '@/components/bidi-text';

interface Located {
  name: string;
  address?: string | null;
  postalCode?: string | null;
  municipality?: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Directions to a place: OpenStreetMap's route planner, and a `geo:` link (RFC 5870) that opens the phone's map app. */
export async function Directions({ place }: { place: Located }) {
  const [t, locale] = await Promise.all([getTranslations('Services'), getLocale()]);
  // In the visitor's language, also inside an Italian fallback text; the place's name isolated in it.
  const language = inLocale(isLocaleCode(locale) ? locale : DEFAULT_LOCALE);
  const hasCoordinates = place.latitude != null && place.longitude != null;
  const destination = hasCoordinates
    ? `${place.latitude},${place.longitude}`
    : `${place.address ?? ''}, ${place.postalCode ?? ''} ${place.municipality ?? ''}`;
  return (
    <span className="directions" {...language}>
      <a href={`https://www.openstreetmap.org/directions?to=${encodeURIComponent(destination)}`}>
        <BidiText text={t('directions', { place: place.name })} dir={language.dir} />
      </a>
      {hasCoordinates ? (
        <>
          <br />
          <a href={`geo:${place.latitude},${place.longitude}?q=${place.latitude},${place.longitude}(${encodeURIComponent(place.name)})`}>
            <BidiText text={t('openInMaps', { place: place.name })} dir={language.dir} />
          </a>
        </>
      ) : null}
    </span>
  );
}
