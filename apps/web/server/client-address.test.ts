import type { IncomingMessage } from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddressStamper } from './client-address.mjs';

const request = (remoteAddress: string, headers: Record<string, string>) =>
  ({ socket: { remoteAddress }, headers: { ...headers } }) as unknown as IncomingMessage;

describe('the client address the server hands to route handlers', () => {
  it('believes X-Forwarded-For only from TRUSTED_PROXIES and replaces whatever the client sent as the header', () => {
    const stamp = clientAddressStamper('172.16.0.0/12');
    const viaProxy = request('172.18.0.4', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7', [CLIENT_ADDRESS_HEADER]: '1.2.3.4' });
    stamp(viaProxy);
    expect(viaProxy.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    const direct = request('198.51.100.20', { 'x-forwarded-for': '6.6.6.6', [CLIENT_ADDRESS_HEADER]: '1.2.3.4' });
    stamp(direct);
    expect(direct.headers[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.20');
  });

  it('trusts only loopback by default, and stops at start on a misspelt setting', () => {
    const stamp = clientAddressStamper('loopback');
    const local = request('::ffff:127.0.0.1', { 'x-forwarded-for': '2001:db8::1' });
    stamp(local);
    expect(local.headers[CLIENT_ADDRESS_HEADER]).toBe('2001:db8::1');
    expect(() => clientAddressStamper('10.0.0.0/40')).toThrow(/TRUSTED_PROXIES/);
  });
});
