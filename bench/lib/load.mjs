// @ts-check
import autocannon from 'autocannon';

/** Like a browser asking for a page: HTML, compressed. */
const BROWSER_HEADERS = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, deflate, br' };

/**
 * autocannon against one URL: a short burst first (the server's code paths warm), then the measured
 * run. Requests per second and latency percentiles, plus anything that was not a 2xx.
 * @param {string} url
 * @param {{ connections: number, seconds: number, warmupSeconds?: number, headers?: Record<string, string> }} options
 */
export async function measureLoad(url, { connections, seconds, warmupSeconds = 3, headers = BROWSER_HEADERS }) {
  await autocannon({ url, connections, duration: warmupSeconds, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    connections,
    seconds,
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    bytesPerSecond: Math.round(result.throughput.average),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
