// Budgets per import scenario (STYLE.md: size is a test). The script-tag files are measured
// byte for byte as shipped: esbuild's `copy` loader passes them through untouched.
const asShipped = (config) => ({ ...config, loader: { '.js': 'copy' } })

export default [
  {
    name: 'Script tag: consentry.js (core, every page)',
    path: 'dist/consentry.js',
    gzip: true,
    limit: '5 kB',
    modifyEsbuildConfig: asShipped,
  },
  {
    name: 'Script tag: consentry-check.js (first visit with a new config)',
    path: 'dist/consentry-check.js',
    gzip: true,
    limit: '2.6 kB',
    modifyEsbuildConfig: asShipped,
  },
  {
    name: "npm: import { createConsent } from 'consentry'",
    path: 'dist/index.js',
    import: '{ createConsent }',
    gzip: true,
    limit: '8 kB',
  },
]
