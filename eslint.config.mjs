// Lint rules of every workspace (`npm run lint`): TypeScript strict, no `any` in our code.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint-rules/boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.next/**',
      '**/build/**',
      '**/.tmp/**',
      '**/.strapi/**',
      '**/types/generated/**',
      '**/next-env.d.ts',
      '**/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Boundaries (eslint-rules/boundaries.mjs): the portal never imports the CMS; client components
  // never import server-only modules.
  {
    plugins: { welfare: boundaries },
    rules: { 'welfare/client-boundary': 'error' },
  },
  {
    files: ['apps/web/**'],
    rules: { 'welfare/no-cms-import': 'error' },
  },
);
