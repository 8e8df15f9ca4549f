// Prints what each source module adds to a script-tag file, minified (before gzip), largest first.
// Usage: node scripts/module-sizes.mjs dist/consentry.js
import { rollup } from 'rollup'
import configs from '../rollup.config.mjs'

const file = process.argv[2] ?? 'dist/consentry.js'
const config = configs.find((c) => c.output?.file === file)
if (!config) throw new Error(`no build writes ${file}`)
const bundle = await rollup(config)
const { output } = await bundle.generate(config.output)
const rows = Object.entries(output[0].modules)
  .map(([id, m]) => [m.renderedLength, id.replace(process.cwd() + '/', '')])
  .sort((a, b) => b[0] - a[0])
for (const [n, id] of rows) if (n) console.log(String(n).padStart(6), id)
console.log(String(output[0].code.length).padStart(6), 'total (minified)')
