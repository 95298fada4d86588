import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'data/', 'public/build/', 'tests/e2e/screenshots/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'server.js', 'server/cluster.js', 'tests/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Components render on both sides: server-only code (database, secrets) must not leak into them.
    files: ['app/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*.server', '*.server.*', '#db/client*', '~/services/*', '~/models/*'], message: 'Components must not import server-only modules.' }] },
      ],
    },
  },
)
