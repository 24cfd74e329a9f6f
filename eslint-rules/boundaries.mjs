// @ts-check
/**
 * The project's own lint rules (plugin `welfare`, eslint.config.mjs): boundaries between its parts.
 * - `no-cms-import`: the portal (apps/web) depends on the shared packages only, never on the CMS's
 *   source or files (@welfare/cms, or a path into apps/cms). What both apps need lives in
 *   @welfare/types; what their tests share in @welfare/test-support.
 * - `client-boundary`: a client component ('use client') may not import, directly or through the
 *   app's own modules, a module marked `import 'server-only'` or one of the server-only packages
 *   below (their code would ship to the browser, secrets and all; Next fails only at build time),
 *   nor the whole of @welfare/types (zod and every schema, about 100 kB of the browser's
 *   JavaScript, which no build fails on): its subpaths are made for that.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Modules a client component may never import. */
const SERVER_ONLY_PACKAGES = new Set([
  'server-only',
  '@welfare/types/secrets',
  '@welfare/types/client-address',
  '@welfare/types/observability',
]);
/** Modules a client component may not import for their weight, with what to import instead. */
const TOO_HEAVY_FOR_THE_BROWSER = new Map([
  [
    '@welfare/types',
    'the whole types package, zod and every schema (about 100 kB); import one of its subpaths (/locales, /phone-numbers…)',
  ],
  ['zod', 'zod (about 60 kB); validate on the server'],
]);
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];

/** @param {string} from */
function appRoot(from) {
  for (let dir = path.dirname(from); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return path.dirname(from);
}

/** The file a local specifier names (relative, or `@/` from the app's root), or undefined for a package. @param {string} specifier @param {string} from */
function resolveLocal(specifier, from) {
  let base;
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else if (specifier.startsWith('@/')) base = path.join(appRoot(from), specifier.slice(2));
  else return undefined;
  for (const extension of EXTENSIONS) {
    const file = base + extension;
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Specifiers a module imports for its code (type-only imports are erased, so they are left out). @param {string} source */
function runtimeImports(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [];
  const patterns = [
    /^\s*import\s+(?!type\s)(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?!type\s)[\w*{}\s,$]*\s+from\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1]);
  return found;
}

/** @type {Map<string, string[] | null>} file → the chain to a module the browser must not get (null: none) */
const serverOnlyChains = new Map();

/** The chain of imports from `file` to a server-only or too heavy module, or null. @param {string} file @param {Set<string>} visiting @returns {string[] | null} */
function serverOnlyChain(file, visiting = new Set()) {
  const known = serverOnlyChains.get(file);
  if (known !== undefined) return known;
  if (visiting.has(file)) return null;
  visiting.add(file);
  let chain = null;
  for (const specifier of runtimeImports(fs.readFileSync(file, 'utf8'))) {
    if (SERVER_ONLY_PACKAGES.has(specifier) || TOO_HEAVY_FOR_THE_BROWSER.has(specifier)) {
      chain = [specifier];
      break;
    }
    const next = resolveLocal(specifier, file);
    const rest = next ? serverOnlyChain(next, visiting) : null;
    if (next && rest) {
      chain = [path.relative(path.dirname(file), next), ...rest];
      break;
    }
  }
  visiting.delete(file);
  serverOnlyChains.set(file, chain);
  return chain;
}

/**
 * Calls `check` with every module specifier of the file: imports, re-exports, `import()` and `require()`.
 * @param {(node: import('estree').Node, specifier: string, typeOnly: boolean) => void} check
 * @returns {import('eslint').Rule.RuleListener}
 */
function eachSpecifier(check) {
  /** @param {import('estree').Node} node @param {unknown} source @param {boolean} typeOnly */
  const visit = (node, source, typeOnly) => {
    const literal = /** @type {import('estree').Literal | null | undefined} */ (source);
    if (literal && literal.type === 'Literal' && typeof literal.value === 'string') check(node, literal.value, typeOnly);
  };
  /** @param {import('estree').Node} node */
  const typeOnly = (node) =>
    /** @type {{ importKind?: string, exportKind?: string }} */ (node).importKind === 'type' ||
    /** @type {{ exportKind?: string }} */ (node).exportKind === 'type';
  return {
    ImportDeclaration: (node) => visit(node, node.source, typeOnly(node)),
    ExportNamedDeclaration: (node) => visit(node, node.source, typeOnly(node)),
    ExportAllDeclaration: (node) => visit(node, node.source, typeOnly(node)),
    ImportExpression: (node) => visit(node, node.source, false),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') visit(node, node.arguments[0], false);
    },
  };
}

/** @type {import('eslint').Rule.RuleModule} */
const noCmsImport = {
  meta: {
    type: 'problem',
    docs: {
      description: 'The portal never imports the CMS: shared code is in @welfare/types, shared test fixtures in @welfare/test-support',
    },
    schema: [],
    messages: {
      cms: "'{{specifier}}' is the CMS's: the portal may use only @welfare/types (shared code) and @welfare/test-support (test fixtures).",
    },
  },
  create(context) {
    const cmsDir = path.join(appRoot(context.filename), '..', 'cms') + path.sep;
    return eachSpecifier((node, specifier) => {
      const intoCms =
        /^@welfare\/cms(\/|$)/.test(specifier) ||
        /(^|\/)apps\/cms(\/|$)/.test(specifier) ||
        (specifier.startsWith('.') && path.resolve(path.dirname(context.filename), specifier).startsWith(cmsDir));
      if (intoCms) context.report({ node, messageId: 'cms', data: { specifier } });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const clientBoundary = {
  meta: {
    type: 'problem',
    docs: { description: "A client component ('use client') imports no server-only module, directly or through the app's modules" },
    schema: [],
    messages: {
      serverOnly: "A client component ('use client') may not import '{{specifier}}', which reaches server-only code: {{chain}}.",
      tooHeavy: "A client component ('use client') may not import '{{specifier}}' ({{chain}}), which brings into the browser {{what}}.",
    },
  },
  create(context) {
    const isClient = context.sourceCode.ast.body.some(
      (statement) =>
        statement.type === 'ExpressionStatement' && /** @type {{ directive?: string }} */ (statement).directive === 'use client',
    );
    if (!isClient) return {};
    /** @param {import('estree').Node} node @param {string} specifier @param {string[]} chain ending with the forbidden package */
    const report = (node, specifier, chain) => {
      const what = TOO_HEAVY_FOR_THE_BROWSER.get(chain[chain.length - 1]);
      const data = { specifier, chain: chain.join(' → ') };
      context.report(what ? { node, messageId: 'tooHeavy', data: { ...data, what } } : { node, messageId: 'serverOnly', data });
    };
    return eachSpecifier((node, specifier, typeOnly) => {
      if (typeOnly) return;
      if (SERVER_ONLY_PACKAGES.has(specifier) || TOO_HEAVY_FOR_THE_BROWSER.has(specifier)) {
        report(node, specifier, [specifier]);
        return;
      }
      const file = resolveLocal(specifier, context.filename);
      const chain = file ? serverOnlyChain(file) : null;
      if (chain) report(node, specifier, [specifier, ...chain]);
    });
  },
};

export default { rules: { 'no-cms-import': noCmsImport, 'client-boundary': clientBoundary } };
