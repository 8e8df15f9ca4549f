import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/*
 * Folder boundaries (DESIGN.md, CONTRIBUTING.md "Where things go"): each folder of src/ may import
 * only the folders listed for it. The engine (config, consent, cookies) knows nothing of the page
 * or the UI; the UI and the bindings use the public API; js-cookie lives in one file; nothing
 * imports the script-tag entries. src/types (the public types) is the leaf every folder may
 * import: it imports nothing but its own files.
 */
const FOLDERS = [
  'bindings',
  'cli',
  'config',
  'consent',
  'cookies',
  'gating',
  'manager',
  'script-tag',
  'server',
  'services',
  'signals',
  'ui',
]
const MAY_IMPORT = {
  config: ['cookies'],
  cookies: [],
  consent: ['config', 'cookies'],
  gating: [],
  signals: ['config', 'consent'],
  services: ['config'],
  manager: ['config', 'consent', 'cookies', 'gating'],
  // The duration table, and the one element activation the placeholders share with the gate.
  ui: ['config/duration', 'gating/activate-element'],
  // createConsent and readConsent come from the public entries at run time (rollup.package.mjs
  // maps them there); the state rule and the config type are pure.
  bindings: ['config', 'consent', 'manager', 'server'],
  server: ['config', 'consent', 'cookies'],
  cli: ['config', 'consent', 'services'],
  'script-tag': FOLDERS.filter((folder) => !['bindings', 'cli', 'server'].includes(folder)),
}

// Patterns for what a folder may not import: every other folder (by relative path), less the
// folders or single modules it may; the top-level entries; js-cookie and Preact where not its own.
const forbidden = (folder) => {
  const allowed = MAY_IMPORT[folder]
  const others = FOLDERS.filter((other) => other != folder && !allowed.includes(other)).flatMap(
    (other) => [`../${other}/*`, `../../${other}/*`],
  )
  const exceptions = allowed.filter((path) => path.includes('/')).map((path) => `!../${path}`)
  const group = [...others, ...exceptions, '../index', '../presets', '../../index']
  if (!['ui', 'bindings', 'script-tag'].includes(folder)) group.push('preact', 'preact/*')
  return [
    'error',
    {
      patterns: [
        { group, message: `src/${folder} may import only: ${allowed.join(', ') || 'nothing'}.` },
        { group: ['js-cookie'], message: 'js-cookie is used only in src/cookies/jar.ts.' },
      ],
    },
  ]
}

export default tseslint.config(
  { ignores: ['dist/', 'scanner/dist/', 'node_modules/', 'test-results/', '**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['js-cookie'], message: 'js-cookie is used only in src/cookies/jar.ts.' },
          ],
        },
      ],
    },
  },
  ...FOLDERS.map((folder) => ({
    files: [`src/${folder}/**`],
    rules: { 'no-restricted-imports': forbidden(folder) },
  })),
  {
    files: ['src/types/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Anything but a sibling file: another folder of src/, or any package.
              regex: '^(?!\\./[\\w-]+$)',
              message: 'src/types is the leaf of the public types: it imports only its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cookies/jar.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
