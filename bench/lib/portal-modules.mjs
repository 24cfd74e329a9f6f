// @ts-check
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { WEB_DIR } from '@welfare/test-support/stack';

/**
 * The portal's own populate shapes and query-string writer (apps/web/lib/cms/populate.ts and
 * query-string.ts), compiled from their TypeScript source here: the benchmark sends exactly the
 * requests the portal sends, and follows them when they change.
 */
export async function loadPortalQueryModules() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'welfare-bench-modules-'));
  try {
    for (const name of ['populate', 'query-string']) {
      const source = fs.readFileSync(path.join(WEB_DIR, 'lib', 'cms', `${name}.ts`), 'utf8');
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      fs.writeFileSync(path.join(dir, `${name}.mjs`), outputText.replace(/from '\.\/([\w-]+)'/g, "from './$1.mjs'"));
    }
    const { POPULATE } = await import(pathToFileURL(path.join(dir, 'populate.mjs')).href);
    const { toQueryString } = await import(pathToFileURL(path.join(dir, 'query-string.mjs')).href);
    return { POPULATE, toQueryString };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
