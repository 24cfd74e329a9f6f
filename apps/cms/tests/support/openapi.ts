import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { APP_DIR } from './cms-process';

const run = promisify(execFile);

export interface ValidationResult {
  valid: boolean;
  version: string;
  errors: unknown[];
}

/** Validates an OpenAPI document file against the OpenAPI specification's own JSON schemas. */
export async function validateOpenApi(file: string): Promise<ValidationResult> {
  const { stdout } = await run(process.execPath, [path.join(__dirname, 'validate-openapi.mjs'), file], { cwd: APP_DIR, timeout: 60000 });
  return JSON.parse(stdout) as ValidationResult;
}

/** Runs `npm run openapi`'s script, writing the document to `output`. */
export async function generateOpenApi(output: string): Promise<void> {
  await run(process.execPath, ['scripts/openapi.js', '--output', output], { cwd: APP_DIR, timeout: 180000 });
}
