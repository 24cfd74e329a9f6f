import { isDatabaseBusy } from './database-busy';

describe('isDatabaseBusy', () => {
  it('knows a connection wait that ran out and a lock held too long', () => {
    const timeout = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
      name: 'KnexTimeoutError',
    });
    expect(isDatabaseBusy(timeout)).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error('could not obtain lock'), { code: '55P03' }))).toBe(true);
    expect(isDatabaseBusy(new Error('wrapped', { cause: timeout }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isDatabaseBusy(new Error('Not Found'))).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error('invalid input syntax'), { code: '22P02' }))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
  });
});
