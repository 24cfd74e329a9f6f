import fs from 'node:fs';
import path from 'node:path';
import type { AbstractIntlMessages } from 'next-intl';
import type { LocaleCode } from '@welfare/types';

/** A locale's real UI messages (messages/<locale>.json), as the portal serves them. */
export function messagesOf(locale: LocaleCode): AbstractIntlMessages {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'messages', `${locale}.json`), 'utf8')) as AbstractIntlMessages;
}
