#!/usr/bin/env node
// `npm run admin:create -- --email <address> [--firstname <name>] [--lastname <name>]`: makes a super
// admin in the configured database, from the command line, before the CMS is reachable: nobody can
// then claim a fresh production CMS through its "create the first admin" page. The password is
// asked for without echo (a terminal), or read from the first line of standard input
// (`... < password-file`), never from the command line (shell history, process lists).
const path = require('node:path');
const readline = require('node:readline');
const { parseArgs } = require('node:util');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const USAGE = 'Usage: npm run admin:create -- --email <address> [--firstname <name>] [--lastname <name>]  (password on standard input)';

function readOptions(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { email: { type: 'string' }, firstname: { type: 'string', default: 'Admin' }, lastname: { type: 'string', default: '' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error.message}\n${USAGE}`, { cause: error });
  }
  const email = (values.email ?? '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`--email must be an e-mail address.\n${USAGE}`);
  const firstname = values.firstname.trim();
  if (!firstname) throw new Error(`--firstname must not be empty.\n${USAGE}`);
  return { email, firstname, lastname: values.lastname.trim() };
}

/** Stronger than Strapi's own minimum (8): this account can do everything. */
function passwordProblem(password) {
  if (password.length < 12) return 'at least 12 characters';
  if (password.length > 72) return 'at most 72 characters (bcrypt reads no further)';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password))
    return 'a lowercase letter, an uppercase letter and a digit';
  return undefined;
}

async function readPassword() {
  if (!process.stdin.isTTY) {
    const lines = readline.createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  // A terminal: read without echo.
  process.stdout.write('Password of the new admin: ');
  process.stdin.setRawMode(true);
  process.stdin.resume();
  let password = '';
  return new Promise((resolve, reject) => {
    process.stdin.on('data', (chunk) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') {
          process.stdin.setRawMode(false);
          process.stdin.pause();
          process.stdout.write('\n');
          resolve(password);
          return;
        }
        if (character === '\u0003') reject(new Error('Cancelled.'));
        else if (character === '\u007f') password = password.slice(0, -1);
        else password += character;
      }
    });
  });
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const password = await readPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(`The password needs ${problem}.`);

  const appContext = await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  const strapi = createStrapi(appContext);
  strapi.log.level = 'warn';
  await strapi.load();
  try {
    // Strapi's own admin services, as `strapi admin:create-user` and the registration page use them.
    const users = strapi.service('admin::user');
    if (await users.exists({ email: options.email })) throw new Error(`An admin with the e-mail ${options.email} exists already.`);
    const superAdmin = await strapi.service('admin::role').getSuperAdmin();
    if (!superAdmin)
      throw new Error('The Super Admin role does not exist yet: start the CMS once (it creates the roles), stop it, and run this again.');
    const hadAdmins = await users.exists();
    // `create` starts a usage count for telemetry that it does not await: wait for it, or destroy()
    // closes the database pool under it (on PostgreSQL the script then fails after a minute).
    const metrics = strapi.service('admin::metrics');
    const sendDidInviteUser = metrics.sendDidInviteUser;
    const counting = [];
    metrics.sendDidInviteUser = (...args) => {
      const sent = Promise.resolve(sendDidInviteUser(...args));
      counting.push(sent);
      return sent;
    };
    await users.create({ ...options, password, registrationToken: null, isActive: true, roles: [superAdmin.id] });
    await Promise.allSettled(counting);
    console.log(
      `Created the super admin ${options.email}.${hadAdmins ? '' : ' The admin\'s "create the first admin" page is now closed.'} Log in at /admin.`,
    );
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
