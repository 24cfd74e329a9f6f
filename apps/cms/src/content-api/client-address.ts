/**
 * The address a rate limit counts a client by (IPv4: the address; IPv6: its /64): one definition,
 * shared with the portal's page ratings, in @welfare/types/client-address.
 */
export { clientAddressKey } from '@welfare/types/client-address';
