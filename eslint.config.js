import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Folder boundaries from DESIGN.md: the core (config, consent, cookies) knows nothing of the
// page, the UI depends on the core and never the reverse, js-cookie lives in one file.
const noImport = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }]

export default tseslint.config(
  { ignores: ['dist/', 'scanner/dist/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
      'no-restricted-imports': noImport(
        ['js-cookie'],
        'js-cookie is used only in src/cookies/jar.ts.',
      ),
    },
  },
  {
    files: ['src/cookies/jar.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/config/**', 'src/consent/**', 'src/cookies/**'],
    ignores: ['src/cookies/jar.ts'],
    rules: {
      'no-restricted-imports': noImport(
        [
          '../gating/*',
          '../ui/*',
          '../loader/*',
          '../embed',
          '../start-consent',
          'js-cookie',
          'preact*',
        ],
        'The core (config, consent, cookies) must not depend on the page or the UI.',
      ),
    },
  },
)
