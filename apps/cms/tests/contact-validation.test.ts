import { adminLogin, createDraft, updateDraft } from './support/admin-api';

/**
 * Staff type phone numbers into contact channels in the admin: a number that cannot be dialled is
 * refused on save with a message on the field; real numbers and Italian short codes are accepted.
 */
const PLACE = 'api::place.place';
type ErrorBody = {
  error?: { status: number; name: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } };
};

let jwt: string;
let suffix = 0;
beforeAll(async () => {
  jwt = await adminLogin();
});

function place(contacts: Array<{ kind: string; value: string }>) {
  suffix += 1;
  return {
    name: 'Sportello di prova',
    slug: `sportello-contatti-${Date.now()}-${suffix}`,
    address: 'Via Roma 1',
    municipality: 'Breno',
    contacts,
  };
}

describe('phone numbers in contact channels', () => {
  it.each([
    ['phone', '0364 22693'],
    ['phone', '116 117'],
    ['phone', '1522'],
    ['phone', '112'],
    ['phone', '800 123 456'],
    ['mobile', '334 6430591'],
    ['whatsapp', '+40 721 234 567'],
    ['email', 'not a phone number, an e-mail field'],
  ])('accepts a %s "%s"', async (kind, value) => {
    const response = await createDraft(jwt, PLACE, 'it', place([{ kind, value }]));
    expect(response.status).toBe(201);
  });

  it.each([
    ['phone', '999 1234567'],
    ['mobile', '334 64'],
    ['phone', 'call us'],
    ['phone', '116 11'],
    ['mobile', '1522'],
    ['whatsapp', '800 123 456'],
  ])('refuses a %s "%s" with a 400 and a message on the field', async (kind, value) => {
    const response = await createDraft(
      jwt,
      PLACE,
      'it',
      place([
        { kind: 'phone', value: '0364 22693' },
        { kind, value },
      ]),
    );
    expect(response.status).toBe(400);
    const { error } = response.body as ErrorBody;
    expect(error?.name).toBe('ValidationError');
    expect(error?.message).toContain(value);
    expect(error?.details?.errors?.[0].path).toEqual(['contacts', '1', 'value']);
  });

  it('checks an update too', async () => {
    const created = await createDraft(jwt, PLACE, 'it', place([{ kind: 'phone', value: '0364 22693' }]));
    expect(created.status).toBe(201);
    const updated = await updateDraft(jwt, PLACE, created.body.data.documentId, 'it', {
      contacts: [{ kind: 'mobile', value: '0364 22693' }],
    });
    expect(updated.status).toBe(400);
    expect((updated.body as ErrorBody).error?.message).toMatch(/cellulare/);
  });
});

describe('phone numbers stored in E.164', () => {
  it('keeps the number as typed for display and stores its E.164 form, whatever the request says', async () => {
    const created = await createDraft(
      jwt,
      PLACE,
      'it',
      place([
        { kind: 'phone', value: '0364 22693', e164: '+390000000' } as { kind: string; value: string },
        { kind: 'whatsapp', value: '+40 721 234 567' },
        { kind: 'phone', value: '116 117' },
        { kind: 'email', value: 'info@example.it' },
      ]),
    );
    expect(created.status).toBe(201);
    const contacts = (created.body.data as unknown as { contacts: Array<{ value: string; e164: string | null }> }).contacts;
    expect(contacts.map(({ value, e164 }) => [value, e164])).toEqual([
      ['0364 22693', '+39036422693'],
      ['+40 721 234 567', '+40721234567'],
      ['116 117', null],
      ['info@example.it', null],
    ]);
  });
});
