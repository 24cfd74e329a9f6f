import fs from 'node:fs';
import path from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import owaspRuleset from '@stoplight/spectral-owasp-ruleset';

/**
 * The partner API's OpenAPI document passes the OWASP API Security ruleset of Spectral with no
 * error: every string has a maximum length, every array a maximum count, every integer a format
 * and bounds, every answer its rate-limit and CORS headers, the 429 its Retry-After. (That the
 * CMS enforces those limits is tested in tests/query-policy.test.ts and tests/writes-and-parameters.test.ts.)
 */
/** The committed document (apps/cms/openapi.json); tests/openapi.test.ts checks it is up to date. */
const DOCUMENT = path.resolve(__dirname, '..', '..', 'openapi.json');
const ERROR = 0;

it('has no error under the OWASP API Security ruleset', async () => {
  const spectral = new Spectral();
  spectral.setRuleset(owaspRuleset);
  const results = await spectral.run(new Document(fs.readFileSync(DOCUMENT, 'utf8'), Json, DOCUMENT));
  const errors = results
    .filter((result) => result.severity === ERROR)
    .map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
  expect(errors).toEqual([]);
  // The ruleset did run: its warnings (e.g. strings without a pattern) are there.
  expect(results.length).toBeGreaterThan(0);
}, 120000);
