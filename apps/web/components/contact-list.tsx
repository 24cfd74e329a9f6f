import { getLocale, getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE, directionOf, isLocaleCode, type ContactChannel } from '@welfare/types';
import { telHref, whatsappHref, type DialableNumber } from '@/lib/phone';
import { BidiText } from '@/components/bidi-text';

/** Phone numbers as `tel:` links, always left to right (also inside Arabic and Urdu text). */
export function PhoneNumber({ number }: { number: string | DialableNumber }) {
  return (
    <a href={telHref(number)} className="phone" dir="ltr">
      {typeof number === 'string' ? number : number.value}
    </a>
  );
}

function ContactValue({ contact }: { contact: ContactChannel }) {
  if (contact.kind === 'email') {
    return (
      <a href={`mailto:${contact.value}`} dir="ltr">
        {contact.value}
      </a>
    );
  }
  if (contact.kind === 'whatsapp') {
    return (
      <a href={whatsappHref(contact)} dir="ltr">
        {contact.value}
      </a>
    );
  }
  return <PhoneNumber number={contact} />;
}

export async function ContactList({ contacts }: { contacts: ContactChannel[] | undefined }) {
  if (!contacts || contacts.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('Contact'), getLocale()]);
  const dir = directionOf(isLocaleCode(locale) ? locale : DEFAULT_LOCALE);
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <li key={contact.id}>
          <span className="contact-kind">
            <BidiText text={t(contact.kind)} dir={dir} />
          </span>{' '}
          <ContactValue contact={contact} />
          {contact.person ? (
            <span className="contact-person">
              {' – '}
              <BidiText text={contact.person} dir={dir} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
