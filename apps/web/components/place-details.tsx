import { getTranslations } from 'next-intl/server';
import { WEEKDAYS, type Place } from '@welfare/types';
import { openingState } from '@/lib/opening-state';
import { ContactList } from './contact-list';
import { Directions } from './directions';
import { OpenNow, type OpenNowLabels } from './open-now';
import { BidiText, type Direction } from '@/components/bidi-text';

const hhmm = (time: string) => time.slice(0, 5);

async function openNowLabels(): Promise<OpenNowLabels> {
  const [t, days] = await Promise.all([getTranslations('Places'), getTranslations('Weekdays')]);
  // Placeholders stay for the browser to fill (it recomputes the state from the hours).
  const raw = (key: 'openUntil' | 'closedOpensToday' | 'closedOpensTomorrow' | 'closedOpensOn') => t.raw(key) as string;
  return {
    openUntil: raw('openUntil'),
    closedOpensToday: raw('closedOpensToday'),
    closedOpensTomorrow: raw('closedOpensTomorrow'),
    closedOpensOn: raw('closedOpensOn'),
    closed: t('closed'),
    weekdays: Object.fromEntries(WEEKDAYS.map((day) => [day, days(day)])) as OpenNowLabels['weekdays'],
  };
}

/** A place (its text in the direction `dir` of the entry it belongs to): address with directions, open now, access conditions, opening hours, contacts. */
export async function PlaceDetails({ place, dir }: { place: Place; dir: Direction }) {
  const [t, days, contact] = await Promise.all([getTranslations('Services'), getTranslations('Weekdays'), getTranslations('Contact')]);
  const hours = [...(place.openingHours ?? [])].sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.opens.localeCompare(b.opens));
  return (
    <div className="place">
      <h3><BidiText text={place.name} dir={dir} /></h3>
      <p>
        <span dir="ltr" lang="it">
          {place.address}, {place.postalCode} {place.municipality}
        </span>
        <br />
        <Directions place={place} />
      </p>
      {place.accessConditions ? <p><BidiText text={place.accessConditions} dir={dir} /></p> : null}
      {hours.length > 0 ? (
        <>
          <p>
            <strong>{t('openingHours')}</strong>
          </p>
          <OpenNow slots={hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }))} rendered={openingState(hours, new Date())} labels={await openNowLabels()} />
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
