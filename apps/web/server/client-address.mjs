// @ts-check
/**
 * The client's address as the portal's server (index.mjs) sees it, handed to route handlers in one
 * request header that the server always sets itself (whatever the client sent under that name is
 * dropped): Next's handlers cannot see the connection. X-Forwarded-For is believed only from the
 * proxies in TRUSTED_PROXIES (addresses, CIDR blocks, `loopback`, `private`; default `loopback`),
 * see @welfare/types/client-address.
 */
import { resolveClientAddress, trustedProxies } from '@welfare/types/client-address';

export const CLIENT_ADDRESS_HEADER = 'x-welfare-client-address';

/** Reads TRUSTED_PROXIES once; a misspelt entry stops the server at start. */
export function clientAddressStamper(setting = process.env.TRUSTED_PROXIES ?? 'loopback') {
  const trusted = trustedProxies(setting);
  /** @param {import('node:http').IncomingMessage} request */
  return (request) => {
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress,
      request.headers['x-forwarded-for'],
      trusted,
    );
  };
}
