import { getTranslations } from 'next-intl/server';
import { WEEKDAYS, type Place } from '@welfare/types';
import { ContactList } from './contact-list';

const hhmm = (time: string) => time.slice(0, 5);

/** A place: address with a directions link, access conditions, opening hours, contacts. */
export async function PlaceDetails({ place }: { place: Place }) {
  const [t, days, contact] = await Promise.all([getTranslations('Services'), getTranslations('Weekdays'), getTranslations('Contact')]);
  const destination =
    place.latitude != null && place.longitude != null
      ? `${place.latitude},${place.longitude}`
      : `${place.address}, ${place.postalCode ?? ''} ${place.municipality}`;
  const hours = [...(place.openingHours ?? [])].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.opens.localeCompare(b.opens));
  return (
    <div className="place">
      <h3>{place.name}</h3>
      <p>
        <span dir="ltr" lang="it">
          {place.address}, {place.postalCode} {place.municipality}
        </span>
        <br />
        <a href={`https://www.openstreetmap.org/directions?to=${encodeURIComponent(destination)}`}>{t('directions', { place: place.name })}</a>
      </p>
      {place.accessConditions ? <p>{place.accessConditions}</p> : null}
      {hours.length > 0 ? (
        <>
          <p>
            <strong>{t('openingHours')}</strong>
          </p>
          <ul>
            {hours.map((slot) => (
              <li key={slot.id}>
                {days(slot.weekday)}:{' '}
                <span dir="ltr">{contact('hours', { opens: hhmm(slot.opens), closes: hhmm(slot.closes) })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ContactList contacts={place.contacts} />
    </div>
  );
}
