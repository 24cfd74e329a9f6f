import 'server-only';
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { ChangeNoticeSchema, type ChangeNotice } from '@welfare/types';

/**
 * With several portal instances (REDIS_URL), the instance the CMS's notice reaches tells the others
 * over Redis pub/sub, and each re-reads the changed entry into its own index. Without Redis there
 * is one instance and nothing to tell. A lost message is healed by the index's periodic rebuild.
 */
const INSTANCE = randomUUID();
const channel = () => `${process.env.REDIS_KEY_PREFIX || 'welfare:'}search-changes`;

function connect(url: string, role: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(2 ** retries * 50, 2000) },
  });
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) console.warn(`search: Redis (${role}) unavailable: ${error.message}`);
    down = true;
  });
  client.on('ready', () => {
    down = false;
  });
  return client;
}

type Client = ReturnType<typeof connect>;
let publisher: Promise<Client> | null = null;

/** Tells the other instances; never fails the caller (the periodic rebuild is the floor). */
export async function broadcastChange(notice: ChangeNotice): Promise<void> {
  const url = process.env.REDIS_URL;
  if (!url) return;
  try {
    publisher ??= (async () => {
      const client = connect(url, 'publisher');
      await client.connect();
      return client;
    })();
    const client = await publisher;
    await client.publish(channel(), JSON.stringify({ origin: INSTANCE, notice }));
  } catch (error) {
    publisher = null;
    console.warn(
      `search: could not tell the other instances about ${notice.type} ${notice.documentId}: ${error instanceof Error ? error.message : error}`,
    );
  }
}

/** Listens for the other instances' changes (once per process). */
export function listenForChanges(onNotice: (notice: ChangeNotice) => void): void {
  const url = process.env.REDIS_URL;
  if (!url) return;
  const subscriber = connect(url, 'subscriber');
  subscriber
    .connect()
    .then(() =>
      subscriber.subscribe(channel(), (message: string) => {
        try {
          const { origin, notice } = JSON.parse(message) as { origin?: unknown; notice?: unknown };
          if (origin === INSTANCE) return;
          const parsed = ChangeNoticeSchema.safeParse(notice);
          if (parsed.success) onNotice(parsed.data);
          else console.warn('search: ignored a malformed change message from Redis');
        } catch {
          console.warn('search: ignored a change message from Redis that is not JSON');
        }
      }),
    )
    .then(() => console.info(`search: following other instances' changes on ${channel()}`))
    .catch((error: unknown) =>
      console.warn(`search: not following other instances' changes: ${error instanceof Error ? error.message : error}`),
    );
}
