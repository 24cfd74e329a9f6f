/** Language names as staff read them in the Italian admin ("Albanese (sq)"), from the platform's CLDR data. */
const italian = new Intl.DisplayNames(['it'], { type: 'language' });

/** "albanese" (lower case, as inside an Italian sentence). */
export function italianLanguageName(code: string): string {
  return italian.of(code) ?? code;
}

/** "Albanese (sq)": how the admin lists the locale. */
export function localeDisplayName(code: string): string {
  const name = italianLanguageName(code);
  return `${name.charAt(0).toLocaleUpperCase('it')}${name.slice(1)} (${code})`;
}
