import fs from 'node:fs';
import path from 'node:path';
import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import owaspRuleset from '@stoplight/spectral-owasp-ruleset';
import { APP_DIR } from './support/cms-process';

/**
 * The partner API's OpenAPI document passes the OWASP API Security ruleset of Spectral with no
 * error: every string has a maximum length, every array a maximum count, every integer a format
 * and bounds, every answer its rate-limit and CORS headers, the 429 its Retry-After. (That the
 * CMS enforces those limits is tested in query-policy.test.ts and writes-and-parameters.test.ts.)
 */
const DOCUMENT = path.join(APP_DIR, 'openapi.json');
const ERROR = 0;

it('has no error under the OWASP API Security ruleset', async () => {
  const spectral = new Spectral();
  spectral.setRuleset(owaspRuleset);
  const results = await spectral.run(new Document(fs.readFileSync(DOCUMENT, 'utf8'), Json, DOCUMENT));
  const errors = results.filter((result) => result.severity === ERROR).map((result) => `${result.code} at ${result.path.join('.')}: ${result.message}`);
  expect(errors).toEqual([]);
  // The ruleset did run: its warnings (e.g. strings without a pattern) are there.
  expect(results.length).toBeGreaterThan(0);
}, 120000);
