// @ts-check
/**
 * How the portal's server handles a request: a list of stages run in order, each handing on to the
 * next (`pipeline`), and one place where a response is finished before its first byte goes out
 * (`finishing`): its status, headers and — when Next sends it in one piece — its whole body, seen
 * by a list of finishers, in order.
 *
 * A stage that changes how the response is written (compression, `finishing`) sees what the
 * stages after it write: stages are listed from the wire inwards, Next's handler last.
 */

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(request: Request, response: Response, next: () => void) => void} Stage
 * @typedef {string | Buffer} Body
 */

/**
 * One handler made of `stages`, run in order: a stage calls `next()` to hand on, or answers itself.
 * @param {readonly Stage[]} stages
 * @returns {(request: Request, response: Response) => void}
 */
export function pipeline(stages) {
  return (request, response) => {
    /** @param {number} index */
    const run = (index) => stages[index]?.(request, response, () => run(index + 1));
    run(0);
  };
}

/**
 * What runs on a response just before its first byte goes out. `body` is its whole body when it is
 * sent in one piece (a cached page, the first render of one), or null when it is streamed (its
 * head goes out before its end). A finisher may change the status and the headers on `response`,
 * and may return a body to send instead.
 * @typedef {(request: Request, response: Response, body: Body | null) => Body | undefined} Finisher
 */

/** @param {unknown} chunk */
const isBody = (chunk) => typeof chunk === 'string' || Buffer.isBuffer(chunk);

/**
 * `writeHead(status, [message], headers)` as status and headers set on the response, so that every
 * finisher reads them in one way (Next sets some with setHeader, some with writeHead).
 * @param {Response} response
 * @param {number} statusCode
 * @param {unknown[]} rest
 */
function adoptHead(response, statusCode, rest) {
  response.statusCode = statusCode;
  const [first, second] = rest;
  if (typeof first === 'string') response.statusMessage = first;
  const headers = typeof first === 'string' ? second : first;
  if (Array.isArray(headers)) {
    // [[name, value], …] or [name, value, name, value, …]
    const pairs = Array.isArray(headers[0])
      ? headers
      : headers.flatMap((item, index) => (index % 2 === 0 ? [[item, headers[index + 1]]] : []));
    for (const [name, value] of pairs) response.appendHeader(String(name), value);
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
  }
}

/**
 * The stage that finishes every response: the finishers run once, in the order given, at the one
 * moment its head is decided (the first writeHead, write, flush or end). This is the only stage
 * that takes over the response's methods besides compression, which is a library's.
 * @param {readonly Finisher[]} finishers
 * @returns {Stage}
 */
export function finishing(finishers) {
  return (request, response, next) => {
    const { writeHead, write, end } = response;
    let decided = false;
    /** @type {Body | undefined} what the finishers send instead of Next's body */
    let replacement;
    /** @param {Body | null} body */
    const decide = (body) => {
      decided = true;
      for (const finish of finishers) {
        // A finisher that fails leaves the response as it was (logged), never a request without an answer.
        try {
          const changed = finish(request, response, replacement ?? body);
          if (changed !== undefined) replacement = changed;
        } catch (error) {
          console.error(`server: the finisher ${finish.name || 'unnamed'} failed on ${request.url}`, error);
        }
      }
    };

    // The three take their overloads' arguments as they came and pass them on.
    response.writeHead = /** @type {Response['writeHead']} */ (
      function (/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) {
        // Node's own writes call writeHead(statusCode) once decided: passed through.
        if (decided) return writeHead.apply(this, /** @type {Parameters<typeof writeHead>} */ ([statusCode, ...rest]));
        adoptHead(response, statusCode, rest);
        decide(null);
        return writeHead.call(this, response.statusCode);
      }
    );
    response.write = /** @type {Response['write']} */ (
      function (/** @type {unknown[]} */ ...args) {
        if (!decided) decide(null);
        if (replacement === undefined) return write.apply(this, /** @type {Parameters<typeof write>} */ (args));
        // Next's own body is dropped: the replacement goes out at the end.
        const callback = args.find((argument) => typeof argument === 'function');
        if (callback) process.nextTick(/** @type {() => void} */ (callback));
        return true;
      }
    );
    response.end = /** @type {Response['end']} */ (
      function (/** @type {unknown[]} */ ...args) {
        const [chunk] = args;
        // Nothing written before, and end(body): the whole body. end() alone: an empty one.
        if (!decided) decide(isBody(chunk) ? /** @type {Body} */ (chunk) : chunk instanceof Uint8Array ? Buffer.from(chunk) : '');
        if (replacement === undefined) return end.apply(this, /** @type {Parameters<typeof end>} */ (args));
        const callback = args.filter((argument) => typeof argument === 'function');
        const sent = request.method === 'HEAD' ? callback : [replacement, ...callback];
        return end.apply(this, /** @type {Parameters<typeof end>} */ (/** @type {unknown} */ (sent)));
      }
    );
    next();
  };
}
