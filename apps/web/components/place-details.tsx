import { getTranslations } from 'next-intl/server';
import { CLOSURE_REASONS, WEEKDAYS, type LocaleCode, type Place } from '@welfare/types';
import { getGlobalSettings } from '@/lib/cms/content';
import { renderedHours } from '@/lib/opening-state';
import { placeExceptions } from '@/lib/place-calendar';
import { ContactList } from './contact-list';
import { Directions } from './directions';
import { OpenNow, type OpenNowLabels } from './open-now';
import { BidiText, type Direction } from '@/components/bidi-text';

async function openNowLabels(): Promise<OpenNowLabels> {
  const [t, days, reasons, contact] = await Promise.all([
    getTranslations('Places'),
    getTranslations('Weekdays'),
    getTranslations('ClosureReasons'),
    getTranslations('Contact'),
  ]);
  // Placeholders stay for the browser to fill (it recomputes the state from the hours).
  const raw = (
    key: 'openUntil' | 'closedOpensToday' | 'closedOpensTomorrow' | 'closedOpensOn' | 'closedOpensOnDate' | 'byAppointmentUntil',
  ) => t.raw(key) as string;
  return {
    openUntil: raw('openUntil'),
    closedOpensToday: raw('closedOpensToday'),
    closedOpensTomorrow: raw('closedOpensTomorrow'),
    closedOpensOn: raw('closedOpensOn'),
    closedOpensOnDate: raw('closedOpensOnDate'),
    byAppointmentUntil: raw('byAppointmentUntil'),
    closed: t('closed'),
    byAppointment: t('byAppointment'),
    closedAllDay: t('closedAllDay'),
    hours: contact.raw('hours') as string,
    weekdays: Object.fromEntries(WEEKDAYS.map((day) => [day, days(day)])) as OpenNowLabels['weekdays'],
    reasons: Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, reasons(reason)])) as OpenNowLabels['reasons'],
  };
}

/**
 * A place (its text in the direction `dir` of the entry it belongs to): address with directions, open now, access conditions, the hours of the coming days
 * (after public holidays, the agency's closures and the place's own), contacts.
 */
export async function PlaceDetails({ place, locale, dir }: { place: Place; locale: LocaleCode; dir: Direction }) {
  const [t, global] = await Promise.all([getTranslations('Services'), getGlobalSettings(locale)]);
  const slots = [...(place.openingHours ?? [])]
    .sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.opens.localeCompare(b.opens))
    .map(({ weekday, opens, closes, byAppointment }) => ({ weekday, opens, closes, byAppointment: byAppointment === true }));
  const now = new Date();
  const exceptions = placeExceptions({ place: place.closures, agency: global.closures }, locale, now);
  return (
    <div className="place">
      <h3>
        <BidiText text={place.name} dir={dir} />
      </h3>
      <p>
        <span dir="ltr" lang="it">
          {place.address}, {place.postalCode} {place.municipality}
        </span>
        <br />
        <Directions place={place} />
      </p>
      {place.accessConditions ? (
        <p>
          <BidiText text={place.accessConditions} dir={dir} />
        </p>
      ) : null}
      {slots.length > 0 ? (
        <>
          <p>
            <strong>{t('openingHours')}</strong>
          </p>
          <OpenNow
            slots={slots}
            exceptions={exceptions}
            rendered={renderedHours(slots, exceptions, now, locale)}
            labels={await openNowLabels()}
            locale={locale}
          />
        </>
      ) : null}
      <ContactList contacts={place.contacts} />
    </div>
  );
}
