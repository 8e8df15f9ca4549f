// Budgets per import scenario (STYLE.md: size is a test). The script-tag files are measured
// byte for byte as shipped: esbuild's `copy` loader passes them through untouched.
import { readdirSync } from 'node:fs'

const asShipped = (config) => ({ ...config, loader: { '.js': 'copy' } })
const shipped = (name, path, limit) => ({
  name,
  path,
  limit,
  gzip: true,
  modifyEsbuildConfig: asShipped,
})
const languages = readdirSync('src/ui/lang')
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((code) => code != 'en')

export default [
  // The core holds Consent Mode, GPC and every vendor adapter (issue 4: at most 5 kB with them).
  shipped('Script tag: consentry.js (core, every page)', 'dist/consentry.js', '5 kB'),
  // The core plus auto-blocking (issue 11: at most 1.5 kB over consentry.js), only where it is on.
  shipped(
    'Script tag: consentry-auto.js (core + auto-blocking)',
    'dist/consentry-auto.js',
    '6.5 kB',
  ),
  // Validation, with bounded cookie-name patterns; fetched only for a config new to the browser.
  shipped('Script tag: consentry-check.js (new config)', 'dist/consentry-check.js', '4.5 kB'),
  // Records, their cookie and proof, cookie deletion and the consent log: with the first decision.
  shipped('Script tag: consentry-write.js (first decision)', 'dist/consentry-write.js', '2.5 kB'),
  shipped(
    'Script tag: consentry-presets.js (new config with presets)',
    'dist/consentry-presets.js',
    '5.5 kB',
  ),
  shipped('Script tag: consentry-ui.js (Preact, CSS, English)', 'dist/consentry-ui.js', '10 kB'),
  shipped(
    'Script tag: consentry-preferences.js (on "Customize")',
    'dist/consentry-preferences.js',
    '2 kB',
  ),
  ...languages.map((code) =>
    shipped(`Script tag: consentry-lang-${code}.js`, `dist/consentry-lang-${code}.js`, '1 kB'),
  ),
  {
    name: "npm: import { createConsent } from 'consentry'",
    path: 'dist/index.js',
    import: '{ createConsent }',
    gzip: true,
    limit: '10 kB',
  },
  {
    name: "npm: createConsent + every signal plugin from 'consentry'",
    path: 'dist/index.js',
    import:
      '{ createConsent, googleConsentMode, dataLayerEvents, metaPixel, microsoftUet, microsoftClarity, matomo, tiktokPixel, googleAnalyticsDisable, consentLog }',
    gzip: true,
    limit: '11.5 kB',
  },
  {
    name: "npm: the preset catalogue from 'consentry/presets'",
    path: 'dist/presets.js',
    import: '{ presets }',
    gzip: true,
    limit: '6 kB',
  },
  {
    name: "npm: createConsent + createUI from 'consentry/ui'",
    path: ['dist/index.js', 'dist/ui.js'],
    import: { 'dist/index.js': '{ createConsent }', 'dist/ui.js': '{ createUI }' },
    gzip: true,
    limit: '20.5 kB',
  },
  // The framework bindings (issue 10) with the core and the server reader they start from,
  // without the framework itself (the app's own).
  {
    name: "npm: ConsentProvider + hooks + ConsentGate from 'consentry/react'",
    path: 'dist/react.js',
    import: '{ ConsentProvider, useConsent, useGranted, ConsentGate }',
    ignore: ['react'],
    gzip: true,
    limit: '12.5 kB',
  },
  {
    name: "npm: ConsentProvider + hooks + ConsentGate from 'consentry/preact'",
    path: 'dist/preact.js',
    import: '{ ConsentProvider, useConsent, useGranted, ConsentGate }',
    ignore: ['preact'],
    gzip: true,
    limit: '12.5 kB',
  },
  {
    name: "npm: consentPlugin + composables + ConsentGate from 'consentry/vue'",
    path: 'dist/vue.js',
    import: '{ consentPlugin, useConsent, useGranted, ConsentGate }',
    ignore: ['vue'],
    gzip: true,
    limit: '12.5 kB',
  },
  {
    name: "npm: readConsent from 'consentry/server'",
    path: 'dist/server.js',
    import: '{ readConsent }',
    gzip: true,
    limit: '6 kB',
  },
  {
    name: "npm: what createUI() adds to a React or Vue app ('consentry/ui', Preact included)",
    path: 'dist/ui.js',
    import: '{ createUI }',
    gzip: true,
    limit: '12 kB',
  },
]
