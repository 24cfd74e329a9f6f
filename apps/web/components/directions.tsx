import { getTranslations } from 'next-intl/server';

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
  const t = await getTranslations('Services');
  const hasCoordinates = place.latitude != null && place.longitude != null;
  const destination = hasCoordinates ? `${place.latitude},${place.longitude}` : `${place.address ?? ''}, ${place.postalCode ?? ''} ${place.municipality ?? ''}`;
  return (
    <span className="directions">
      <a href={`https://www.openstreetmap.org/directions?to=${encodeURIComponent(destination)}`}>{t('directions', { place: place.name })}</a>
      {hasCoordinates ? (
        <>
          <br />
          <a href={`geo:${place.latitude},${place.longitude}?q=${place.latitude},${place.longitude}(${encodeURIComponent(place.name)})`}>
            {t('openInMaps', { place: place.name })}
          </a>
        </>
      ) : null}
    </span>
  );
}
