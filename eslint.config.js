import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** One-way imports: app → features → ui, lib, contract; server → contract; nothing into contract. */
const boundaries = [
  {
    target: './contract',
    from: ['./src', './server', './e2e'],
    message: 'contract/ imports nothing of ours.',
  },
  { target: './server', from: ['./src', './e2e'], message: 'server/ depends only on contract/.' },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/mocks', './server'],
    message: 'ui/ holds shared primitives only.',
  },
  {
    target: './src/lib',
    from: ['./src/app', './src/features', './src/ui', './src/mocks', './server'],
    message: 'lib/ holds tiny helpers only.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/mocks', './server'],
    message: 'features compose in app/, never in each other or below.',
  },
  ...['board', 'candidates', 'jobs', 'demo', 'session', 'live', 'notes'].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in app/.',
  })),
  {
    target: ['./src/app', './src/features', './src/ui', './src/lib'],
    from: ['./server'],
    message: 'Only src/mocks and tests may reach the API app.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-server',
      '.e2e-data',
      'node_modules',
      'public/mockServiceWorker.js',
      'playwright-report',
      'test-results',
      'data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/refs': 'off',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union.' },
      ],
    },
  },
  {
    // Tests may reach the mocked API (to override a handler) from anywhere in src/.
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: boundaries.map((zone) =>
            zone.target === './src/features'
              ? { ...zone, from: zone.from.filter((from) => from !== './src/mocks') }
              : zone,
          ),
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use` and destructure `{}`; they are not React hooks.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/vite-env.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
)
