// @ts-check
/**
 * One Location on a redirect: Next appends a cached redirect's Location to the one its render has
 * just set (vercel/next.js#82117), and clients that join repeated headers ("/a, /a") follow a
 * wrong address. A second Location is dropped: a redirect has one target.
 * @param {import('node:http').ServerResponse} response
 */
export function keepingOneLocation(response) {
  const { appendHeader } = response;
  response.appendHeader = function (name, value) {
    if (name.toLowerCase() === 'location' && response.hasHeader('location')) return this;
    return appendHeader.call(this, name, value);
  };
}
