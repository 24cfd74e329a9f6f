/// <reference types="node" />
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Who a request comes from, for rate limits (server only: `@welfare/types/client-address`).
 *
 * - `clientAddressKey`: what a limit counts. IPv4: the address. IPv6: its /64 network, the block a
 *   single subscriber gets (RFC 6177), inside which a client can rotate addresses at will; an
 *   IPv4-mapped IPv6 address (::ffff:192.0.2.1, as Node reports IPv4 on a dual-stack socket) is the
 *   IPv4 address.
 * - `trustedProxies` / `resolveClientAddress`: X-Forwarded-For is believed only as far as it was
 *   written by proxies the operator listed (TRUSTED_PROXIES): from the connection's own peer
 *   leftwards, the first address that is not a trusted proxy is the client. Entries further left
 *   were written by the client itself and could be anything.
 */

/** Names TRUSTED_PROXIES accepts besides addresses and CIDR blocks. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  // RFC 1918, link-local, unique local IPv6 (a container network, a private LAN).
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', 'fc00::/7', 'fe80::/10'],
};

/** An address as written in a header or reported by a socket, without brackets, port or zone; IPv4-mapped IPv6 as IPv4. */
export function normalizeAddress(text: string): string {
  let address = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  address = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  return isIPv6(address) ? address.toLowerCase() : address;
}

/** The key a rate limit counts an address under: IPv4 as it is, IPv6 by its /64. */
export function clientAddressKey(ip: string): string {
  const address = normalizeAddress(ip);
  if (isIPv4(address) || !isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros ("::" filled in; an IPv4 tail as two groups). */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase();
  const ipv4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail[1].split('.').map(Number);
    text = text.slice(0, -ipv4Tail[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - headGroups.length - tailGroups.length).fill('0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16).toString(16));
}

export interface TrustedProxies {
  /** Whether the address is one of the listed proxies. */
  includes(address: string): boolean;
}

function addRange(list: BlockList, entry: string): boolean {
  const [address, prefixText, ...rest] = entry.split('/');
  const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (!type || rest.length > 0) return false;
  if (prefixText === undefined) {
    list.addAddress(address, type);
    return true;
  }
  const prefix = Number(prefixText);
  if (!/^\d{1,3}$/.test(prefixText) || prefix > (type === 'ipv4' ? 32 : 128)) return false;
  list.addSubnet(address, prefix, type);
  return true;
}

/**
 * The proxies whose X-Forwarded-For is believed, from a list separated by commas or spaces of
 * addresses, CIDR blocks and the names `loopback` and `private`. Empty: none (the connection's peer
 * is the client). A misspelt entry is an error, so a typo cannot silently trust nobody.
 */
export function trustedProxies(setting: string | undefined, name = 'TRUSTED_PROXIES'): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? '').split(/[\s,]+/).filter(Boolean)) {
    const named = NAMED_RANGES[entry.toLowerCase()];
    if (named) named.forEach((range) => addRange(list, range));
    else if (!addRange(list, entry))
      throw new Error(`${name}: "${entry}" is not an IP address, a CIDR block (192.0.2.0/24, 2001:db8::/32), loopback or private`);
  }
  return {
    includes(text: string) {
      const address = normalizeAddress(text);
      const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
      return type !== null && list.check(address, type);
    },
  };
}

/**
 * The client's address: the connection's peer, unless it is a trusted proxy; then X-Forwarded-For
 * read from the right, the first entry that is not a trusted proxy (an entry that is no address
 * stops the walk: it is what the last trusted proxy was given, and is the client). When every hop
 * is trusted, the leftmost one.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trusted: TrustedProxies,
): string {
  let client = normalizeAddress(peer ?? '');
  if (!client) return 'unknown';
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map(normalizeAddress)
    .filter(Boolean);
  while (trusted.includes(client) && hops.length > 0) client = hops.pop() as string;
  return client;
}
