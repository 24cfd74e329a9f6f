// @ts-check
import http from 'node:http';
import { freePort } from '@welfare/test-support/processes';

/**
 * A pass-through HTTP proxy between the portal and the CMS that counts what goes through it:
 * the portal's real requests to the real CMS, nothing mocked.
 * @param {string} target the CMS's URL
 */
export async function startCountingProxy(target) {
  const upstream = new URL(target);
  let count = 0;
  /** @type {Map<string, number>} */
  const byPath = new Map();
  const server = http.createServer((request, response) => {
    count += 1;
    const path = (request.url ?? '/').split('?')[0];
    byPath.set(path, (byPath.get(path) ?? 0) + 1);
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    request.pipe(forwarded);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  return {
    url: `http://127.0.0.1:${port}`,
    /** Requests since the last reset, and by path. */
    take() {
      const taken = { requests: count, byPath: Object.fromEntries(byPath) };
      count = 0;
      byPath.clear();
      return taken;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
