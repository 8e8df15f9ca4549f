// Bundles the scanner with the parts of Consentry it uses (checkConfig, the presets), straight
// from the repository's src/: `npm ci` runs this as the workspace's `prepare` script, so
// `npx consentry-scan` works in a fresh clone before the library is ever built.
import { build } from 'esbuild'

await build({
  entryPoints: [new URL('./src/cli.ts', import.meta.url).pathname],
  outfile: new URL('./dist/consentry-scan.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The npm dependencies stay where npm put them; only the TypeScript is bundled.
  packages: 'external',
  define: { __VERSION__: '"scan"' },
  logLevel: 'warning',
})
