// @ts-check
/**
 * The secrets of a test run, named by their one list (@welfare/types/secrets). Outside
 * NODE_ENV=development neither app has default secrets, and both refuse weak ones: every run of the
 * harness (and of the CMS's test suite) gets fresh random values; a test that starts one more portal
 * passes it the run's shared ones. CommonJS, for the CMS's jest tests and the harness.
 */
const { randomBytes } = require('node:crypto');

/** @type {typeof import('@welfare/types/secrets')} */
const { DEVELOPMENT_SHARED_SECRETS, LIST_SECRETS, REQUIRED_CMS_SECRET_NAMES } = require('@welfare/types/secrets');

/** @typedef {import('@welfare/types/secrets').SecretName} SecretName */
/** @typedef {import('@welfare/types/secrets').SharedSecretName} SharedSecretName */

/** The shared secrets' names. */
const SHARED_SECRET_NAMES = /** @type {SharedSecretName[]} */ (Object.keys(DEVELOPMENT_SHARED_SECRETS));

const randomValue = () => randomBytes(32).toString('hex');

/**
 * Fresh values of the secrets named.
 * @template {SecretName} Name
 * @param {readonly Name[]} names
 * @returns {Record<Name, string>}
 */
function randomSecrets(names) {
  // A list secret (APP_KEYS: Koa's rotating keys) gets two entries, as production has.
  return /** @type {Record<Name, string>} */ (
    Object.fromEntries(names.map((name) => [name, LIST_SECRETS.has(name) ? `${randomValue()},${randomValue()}` : randomValue()]))
  );
}

/** What the CMS cannot start without: its own secrets and the preview's and change notices' (no portal token). */
const randomCmsSecrets = () => randomSecrets(REQUIRED_CMS_SECRET_NAMES);

/** Every secret the CMS and the portal share, the portal's tokens included (both apps get the same values). */
const randomSharedSecrets = () => randomSecrets(SHARED_SECRET_NAMES);

/**
 * The shared secrets set in an environment (the run's, as the runner passes them to the tests), for
 * one more portal of the same run; `without` leaves some out (a feature that must be off).
 * @param {NodeJS.ProcessEnv} env
 * @param {{ without?: readonly SharedSecretName[] }} [options]
 * @returns {Partial<Record<SharedSecretName, string>>}
 */
function sharedSecretsOf(env, { without = [] } = {}) {
  return Object.fromEntries(
    SHARED_SECRET_NAMES.filter((name) => !without.includes(name) && env[name]).map((name) => [name, String(env[name])]),
  );
}

module.exports = { SHARED_SECRET_NAMES, randomCmsSecrets, randomSecrets, randomSharedSecrets, sharedSecretsOf };
