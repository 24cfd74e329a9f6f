import { clientAddressKey, normalizeAddress, resolveClientAddress, trustedProxies } from './client-address';

describe('trustedProxies', () => {
  it('takes addresses, CIDR blocks of both families and the names loopback and private', () => {
    const trusted = trustedProxies('198.51.100.7, 10.1.0.0/16 2001:db8:100::/48,loopback');
    for (const address of [
      '198.51.100.7',
      '10.1.255.3',
      '2001:db8:100:5::1',
      '127.0.0.1',
      '::1',
      '::ffff:10.1.2.3',
      '[2001:db8:100::9]:443',
    ]) {
      expect({ address, trusted: trusted.includes(address) }).toEqual({ address, trusted: true });
    }
    for (const address of ['198.51.100.8', '10.2.0.1', '2001:db8:101::1', '192.168.1.1', 'unknown', '']) {
      expect({ address, trusted: trusted.includes(address) }).toEqual({ address, trusted: false });
    }
    const internal = trustedProxies('private');
    expect(['172.18.0.5', '192.168.0.2', 'fd12:3456::1'].every((address) => internal.includes(address))).toBe(true);
    expect(internal.includes('203.0.113.9')).toBe(false);
  });

  it('refuses a misspelt entry instead of trusting nobody without a word', () => {
    for (const setting of ['10.0.0.0/33', 'proxy.local', '2001:db8::/129', '10.0.0.1/8/2', '300.1.1.1']) {
      expect(() => trustedProxies(setting)).toThrow(/TRUSTED_PROXIES: .* is not an IP address/);
    }
    expect(trustedProxies(undefined).includes('127.0.0.1')).toBe(false);
  });
});

describe('resolveClientAddress', () => {
  const trusted = trustedProxies('10.0.0.2, 192.0.2.10');

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(resolveClientAddress('203.0.113.50', '198.51.100.1', trusted)).toBe('203.0.113.50');
    expect(resolveClientAddress('::ffff:203.0.113.50', '198.51.100.1, 10.0.0.2', trusted)).toBe('203.0.113.50');
  });

  it('behind trusted proxies takes the rightmost address that is not one of them', () => {
    // The client wrote "1.1.1.1" itself; nginx (10.0.0.2) appended what connected to it.
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7', trusted)).toBe('203.0.113.7');
    // A load balancer (192.0.2.10) in front of nginx: both hops skipped.
    expect(resolveClientAddress('10.0.0.2', '1.1.1.1, 203.0.113.7, 192.0.2.10', trusted)).toBe('203.0.113.7');
    expect(resolveClientAddress('10.0.0.2', ['1.1.1.1, [2001:db8::5]:51000', '192.0.2.10'], trusted)).toBe('2001:db8::5');
    // Nothing forwarded: the proxy itself.
    expect(resolveClientAddress('10.0.0.2', null, trusted)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', '192.0.2.10', trusted)).toBe('192.0.2.10');
    expect(resolveClientAddress(undefined, '1.1.1.1', trusted)).toBe('unknown');
  });
});

describe('clientAddressKey', () => {
  it('counts IPv6 per /64 and IPv4 per address, however they are written', () => {
    expect(clientAddressKey('2001:db8:abcd:12:ffff::1')).toBe('2001:db8:abcd:12::/64');
    expect(clientAddressKey('[2001:DB8:ABCD:0012::9]:8080')).toBe('2001:db8:abcd:12::/64');
    expect(clientAddressKey('2001:db8:abcd:13::1')).not.toBe(clientAddressKey('2001:db8:abcd:12::1'));
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('203.0.113.7:4431')).toBe('203.0.113.7');
    expect(normalizeAddress(' fe80::1%eth0 ')).toBe('fe80::1');
  });
});
