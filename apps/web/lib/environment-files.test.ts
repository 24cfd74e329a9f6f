/**
 * @jest-environment node
 * @jest-environment-options {"customExportConditions": ["react-server", "node", "require", "default"]}
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { CMS_ONLY_VARIABLES } from '@welfare/types/secrets';
import { readPortalEnvironment } from './environment';

/**
 * Least privilege between the apps, on the portal's side: it faces the internet and gets only its
 * own variables, from its own file, and refuses a secret of the CMS. The files of both apps and
 * Compose are checked together by packages/governance/environment-files.test.mjs.
 */
const APP_DIR = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(APP_DIR, file), 'utf8');

describe('the portal’s environment', () => {
  it('lets the portal read no file but its own (next.config.ts loads no other folder’s .env)', () => {
    expect(read('next.config.ts')).not.toMatch(/loadEnvConfig|dotenv/);
  });

  it.each(CMS_ONLY_VARIABLES)('refuses to start with %s in its environment (outside development)', (name) => {
    const settings = readPortalEnvironment({ NODE_ENV: 'production', [name]: 'x7Kq9Lm2Np4Rs6Tu8Vw0Yz1Ab3Cd5Ef7Gh' });
    expect(settings.problems.join('\n')).toContain(`${name}: a secret of the CMS`);
    expect(JSON.stringify(settings)).not.toContain('x7Kq9Lm2Np4Rs6Tu8Vw0Yz1Ab3Cd5Ef7Gh');
  });

  it('takes the example file of the portal as it is', () => {
    const settings = readPortalEnvironment({ ...parseEnv(read('.env.example')), NODE_ENV: 'production' });
    expect(settings.problems).toEqual([]);
  });
});
