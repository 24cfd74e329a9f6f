import type { Formats } from 'next-intl';

/** Named date formats of every page. Latin digits in every language, like the phone numbers next to them. */
export const formats = {
  dateTime: {
    date: { dateStyle: 'long', numberingSystem: 'latn' },
    weekdayDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', numberingSystem: 'latn' },
    time: { hour: 'numeric', minute: '2-digit', numberingSystem: 'latn' },
    dateTime: { dateStyle: 'full', timeStyle: 'short', numberingSystem: 'latn' },
  },
} satisfies Formats;
