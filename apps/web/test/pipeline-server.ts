import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import compression from 'compression';
import { cmsHealth } from '@/server/cms-health.mjs';
import { responseFinishers } from '@/server/finishers.mjs';
import { finishing, pipeline, type Stage } from '@/server/pipeline.mjs';

/**
 * The portal server's pipeline around one of its memories, as server/index.mjs orders it (a request
 * id, compression on the fly, the finishers, the memory), in front of a stand-in for Next.
 */
export async function startPipelineServer(memory: Stage, asNext: Stage): Promise<{ base: string; close: () => Promise<void> }> {
  const messagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-messages-'));
  fs.writeFileSync(path.join(messagesDir, 'it.json'), JSON.stringify({ Unavailable: { title: 'T', text: 'T', retry: 'R' } }));
  const server = createServer(
    pipeline([
      (_request, response, next) => {
        response.setHeader('X-Request-Id', `request-${Math.random()}`);
        next();
      },
      compression() as unknown as Stage,
      finishing(responseFinishers({ messagesDir, cms: cmsHealth() })),
      memory,
      asNext,
    ]),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(messagesDir, { recursive: true, force: true });
    },
  };
}
