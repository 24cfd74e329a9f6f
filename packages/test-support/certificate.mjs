// @ts-check
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A self-signed certificate for `host` and 127.0.0.1, made with the openssl CLI, for nginx's HTTPS
 * port in the native topology (integration/tests/topology.test.mjs, bench/lib/through-nginx.mjs).
 * @param {string} dir created here (private): certificate.pem and certificate-key.pem
 * @param {string} host the public name it is for
 */
export function makeCertificate(dir, host) {
  fs.mkdirSync(dir, { mode: 0o700 });
  const certificate = path.join(dir, 'certificate.pem');
  const key = path.join(dir, 'certificate-key.pem');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        certificate,
        '-days',
        '2',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host},IP:127.0.0.1`,
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(
      `openssl could not make the certificate (apt-get install -y openssl): ${error instanceof Error ? error.message : error}`,
      {
        cause: error,
      },
    );
  }
  return { certificate, key };
}
