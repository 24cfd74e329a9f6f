import type { IncomingMessage } from 'node:http';

/** The request header server.mjs sets to the client's address (client-address.mjs). */
export const CLIENT_ADDRESS_HEADER: 'x-welfare-client-address';
/** Sets CLIENT_ADDRESS_HEADER on each request, believing X-Forwarded-For only from TRUSTED_PROXIES (client-address.mjs). */
export function clientAddressStamper(setting?: string): (request: IncomingMessage) => void;
