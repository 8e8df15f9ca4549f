// Prints the gzip and brotli size of every built file, so each build shows what it costs.
import { readdirSync, readFileSync } from 'node:fs'
import { brotliCompressSync, gzipSync, constants } from 'node:zlib'

const kB = (n) => (n / 1000).toFixed(2).padStart(6) + ' kB'
for (const name of readdirSync('dist')
  .filter((f) => /\.(js|json)$/.test(f))
  .sort()) {
  const code = readFileSync(`dist/${name}`)
  const gzip = gzipSync(code, { level: 9 }).length
  const brotli = brotliCompressSync(code, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length
  console.log(`${name.padEnd(26)} ${kB(code.length)} raw ${kB(gzip)} gzip ${kB(brotli)} brotli`)
}
