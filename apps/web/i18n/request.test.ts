import { AGENCY_TIME_ZONE } from '@welfare/types';
import { LOCALE_CODES, type LocaleCode } from '@welfare/types/locales';
import { createFormatter } from 'use-intl/core';
import { formats } from './formats';

/**
 * Event dates as the portal writes them: next-intl's formatter (use-intl's createFormatter, the one
 * getFormatter() builds) with the formats of i18n/formats.ts, which i18n/request.ts hands to next-intl.
 */
const formatterFor = (locale: LocaleCode) => createFormatter({ locale, timeZone: AGENCY_TIME_ZONE, formats });

const SUMMER = new Date('2026-06-18T15:30:00Z'); // 17:30 in Rome (UTC+2)
const WINTER = new Date('2026-03-12T14:00:00Z'); // 15:00 in Rome (UTC+1)
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/;

describe('the request configuration', () => {
  it('formats in the agency’s time zone with named date and time formats', () => {
    expect(AGENCY_TIME_ZONE).toBe('Europe/Rome');
    expect(Object.keys(formats.dateTime).sort()).toEqual(['date', 'dateTime', 'time', 'weekdayDate']);
  });

  it('asks for Latin digits in every named format', () => {
    for (const options of Object.values(formats.dateTime)) expect(options.numberingSystem).toBe('latn');
  });
});

describe('event times in Europe/Rome', () => {
  it.each([
    ['it', '17:30', '15:00'],
    ['uk', '17:30', '15:00'],
  ] as const)('writes the Rome wall-clock time on the 24-hour clock in %s', (locale, summer, winter) => {
    const format = formatterFor(locale);
    expect(format.dateTime(SUMMER, 'time')).toBe(summer);
    expect(format.dateTime(WINTER, 'time')).toBe(winter);
    expect(format.dateTime(SUMMER, 'dateTime')).toContain(summer);
    expect(format.dateTime(WINTER, 'dateTime')).toContain(winter);
  });

  it('writes the Rome wall-clock time on the 12-hour clock in en', () => {
    const format = formatterFor('en');
    expect(format.dateTime(SUMMER, 'time')).toMatch(/^0?5:30\sPM$/);
    expect(format.dateTime(WINTER, 'time')).toMatch(/^0?3:00\sPM$/);
    expect(format.dateTime(SUMMER, 'dateTime')).toMatch(/Thursday, June 18, 2026.*\b5:30\sPM/);
    expect(format.dateTime(WINTER, 'dateTime')).toMatch(/Thursday, March 12, 2026.*\b3:00\sPM/);
  });

  it('writes Arabic dates with Latin digits and the Rome hour', () => {
    const format = formatterFor('ar');
    const summer = format.dateTime(SUMMER, 'dateTime');
    const winter = format.dateTime(WINTER, 'dateTime');
    expect(summer).not.toMatch(NON_LATIN_DIGITS);
    expect(winter).not.toMatch(NON_LATIN_DIGITS);
    expect(summer).toMatch(/18 يونيو 2026/);
    expect(summer).toMatch(/\b5:30\sم/); // م: after noon
    expect(winter).toMatch(/12 مارس 2026/);
    expect(winter).toMatch(/\b3:00\sم/);
    expect(format.dateTime(SUMMER, 'time')).toMatch(/^0?5:30\sم$/);
  });

  it.each([...LOCALE_CODES])('writes every named format with Latin digits in %s', (locale) => {
    const format = formatterFor(locale);
    for (const name of Object.keys(formats.dateTime)) {
      const written = format.dateTime(SUMMER, name);
      expect(written).toMatch(/\d/);
      expect(written).not.toMatch(NON_LATIN_DIGITS);
    }
  });

  it('writes the date of the day in Rome, also late in the evening', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(formatterFor('it').dateTime(new Date('2026-12-31T23:30:00Z'), 'date')).toBe('1 gennaio 2027');
    expect(formatterFor('uk').dateTime(new Date('2026-12-31T23:30:00Z'), 'weekdayDate')).toMatch(/^п.ятниця, 1 січня 2027/);
  });
});
