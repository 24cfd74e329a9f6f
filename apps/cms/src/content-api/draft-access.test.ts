import { mayReadDrafts } from './draft-access';

const token = (id: number, type: string) => ({ strategy: { name: 'content-api-token' }, credentials: { id, type } });

describe('who may read drafts', () => {
  it('lets the portal’s preview token (a custom token) and full-access tokens', () => {
    expect(mayReadDrafts(token(7, 'custom'), 7)).toBe(true);
    expect(mayReadDrafts(token(3, 'full-access'), 7)).toBe(true);
  });

  it('refuses every other custom token, read-only tokens, the public and admin sessions', () => {
    expect(mayReadDrafts(token(8, 'custom'), 7)).toBe(false);
    expect(mayReadDrafts(token(7, 'custom'), undefined)).toBe(false);
    expect(mayReadDrafts(token(7, 'read-only'), 7)).toBe(false);
    expect(mayReadDrafts(undefined, 7)).toBe(false);
    expect(mayReadDrafts({ strategy: { name: 'users-permissions' }, credentials: { id: 7, type: 'custom' } }, 7)).toBe(false);
    expect(mayReadDrafts({ strategy: { name: 'content-api-token' }, credentials: null }, 7)).toBe(false);
  });
});
