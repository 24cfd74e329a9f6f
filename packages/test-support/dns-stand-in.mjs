// @ts-check
import dgram from 'node:dgram';

/**
 * A stand-in for Docker's embedded DNS (127.0.0.11 in a Compose network): it answers a service's
 * name with one A record per instance, as Docker does for `web` with two replicas, and nothing else.
 * nginx asks it at request time (`resolver`, `set $portal web:3000`) and spreads its requests over
 * every address it gets. Plain DNS over UDP on loopback (RFC 1035), A queries only: nginx runs with
 * `ipv6=off`.
 */

const TYPE_A = 1;
const CLASS_IN = 1;
const RCODE_NAME_ERROR = 3;
/** Docker's DNS answers with a TTL of 600 s; nginx keeps its answers for `valid=` anyway. */
const TTL_SECONDS = 600;

/**
 * The question of a query: its name (lower case), type and class, and where it ends.
 * @param {Buffer} message
 */
function readQuestion(message) {
  const labels = [];
  let offset = 12;
  for (;;) {
    const length = message[offset];
    if (length === undefined || length > 63) return undefined;
    offset += 1;
    if (length === 0) break;
    labels.push(message.subarray(offset, offset + length).toString('latin1'));
    offset += length;
  }
  if (offset + 4 > message.length) return undefined;
  return {
    name: labels.join('.').toLowerCase(),
    type: message.readUInt16BE(offset),
    klass: message.readUInt16BE(offset + 2),
    end: offset + 4,
  };
}

/**
 * @param {Buffer} query
 * @param {Map<string, string[]>} records
 * @param {Array<{ name: string, type: number }>} log
 * @returns {Buffer | undefined} undefined for what is not a one-question query (dropped, as a resolver may)
 */
function answer(query, records, log) {
  if (query.length < 12 || query[2] & 0x80 || query.readUInt16BE(4) !== 1) return undefined;
  const question = readQuestion(query);
  if (!question) return undefined;
  log.push({ name: question.name, type: question.type });
  const addresses = records.get(question.name);
  const answers = addresses && question.type === TYPE_A && question.klass === CLASS_IN ? addresses : [];
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  // A response, authoritative, recursion desired as asked, recursion available; no such name when unknown.
  header.writeUInt16BE(0x8000 | 0x0400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (addresses ? 0 : RCODE_NAME_ERROR), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(answers.length, 6);
  const encoded = answers.map((address) => {
    const record = Buffer.alloc(16);
    // The name: a pointer to the question's (offset 12).
    record.writeUInt16BE(0xc00c, 0);
    record.writeUInt16BE(TYPE_A, 2);
    record.writeUInt16BE(CLASS_IN, 4);
    record.writeUInt32BE(TTL_SECONDS, 6);
    record.writeUInt16BE(4, 10);
    address.split('.').forEach((byte, index) => record.writeUInt8(Number(byte), 12 + index));
    return record;
  });
  return Buffer.concat([header, query.subarray(12, question.end), ...encoded]);
}

/**
 * Answers `names` (name → IPv4 addresses) on 127.0.0.1, on a free UDP port.
 * @param {Record<string, string[]>} names
 * @returns {Promise<{ address: string, queries: Array<{ name: string, type: number }>, answer: (name: string, addresses: string[]) => void, stop: () => Promise<void> }>}
 *   `address`: host:port, as nginx's `resolver` takes it; `queries`: every question asked;
 *   `answer`: changes a name's addresses (an instance stopped or added)
 */
export async function startDnsStandIn(names) {
  const records = new Map(Object.entries(names).map(([name, addresses]) => [name.toLowerCase(), addresses]));
  /** @type {Array<{ name: string, type: number }>} */
  const queries = [];
  const socket = dgram.createSocket('udp4');
  socket.on('message', (query, peer) => {
    const response = answer(query, records, queries);
    if (response) socket.send(response, peer.port, peer.address);
  });
  await new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => resolve(undefined));
  });
  const { port } = socket.address();
  return {
    address: `127.0.0.1:${port}`,
    queries,
    answer: (name, addresses) => {
      records.set(name.toLowerCase(), addresses);
    },
    stop: () => new Promise((resolve) => socket.close(() => resolve(undefined))),
  };
}
