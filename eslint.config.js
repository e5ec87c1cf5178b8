// Lint rules, including the architecture: imports flow core ← lib ← store, export ← components ←
// features ← app; features (every folder of src/features) do not import each other; no import cycles
// (see ../shared/STYLE.md and test/lint-boundaries.test.ts, which proves each rule fails when broken).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const foldersIn = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

/** Every folder under src/features is a feature, so a new one is kept apart without editing this list. */
const features = foldersIn('./src/features/');
/** The workshop's parts by role; the participant's is kept apart from all the others. */
const workshopRoles = foldersIn('./src/features/workshop/');

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report', '*.tmp.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      // no-cycle reads the imported modules: they are TypeScript.
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'import/no-duplicates': 'error',
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'User and file text is shown as text.' },
      ],
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: ['./src/store', './src/features', './src/app', './src/export', './src/components', './src/i18n'],
              message: 'src/core is pure: no UI, store or export code.',
            },
            {
              target: './src/store',
              from: ['./src/features', './src/app', './src/export', './src/components'],
              message: 'The store depends only on core.',
            },
            {
              target: './src/export',
              from: ['./src/features', './src/app', './src/store', './src/components'],
              message: 'Export code turns a report model into bytes; it does not reach into the UI or store (browser helpers live in src/lib).',
            },
            {
              target: './src/lib',
              from: ['./src/store', './src/features', './src/app', './src/export', './src/components'],
              message: 'src/lib holds browser helpers built on core only.',
            },
            {
              target: './src/components',
              from: ['./src/features', './src/app'],
              message: 'Shared components do not depend on features.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features do not import the app shell.',
            },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'Features do not import each other; share through core, store or components.',
            })),
            {
              // The privacy promise, kept by construction: a participant's device holds only their own
              // ballot, so its code cannot reach the group's answers, their aggregation or the
              // facilitator's screens.
              target: './src/features/workshop/participant',
              from: [
                './src/store',
                './src/core/aggregation.ts',
                './src/core/agenda.ts',
                './src/core/workshop-report.ts',
                ...workshopRoles.filter((role) => role !== 'participant').map((role) => `./src/features/workshop/${role}`),
              ],
              message: "Participant code sees only the participant's own ballot: no store, aggregation or facilitator screens.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
