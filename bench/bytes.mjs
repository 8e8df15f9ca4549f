// The bytes a library ships: its files the page fetched, compressed as a server would send them.
import { readFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { fileOf } from './server.mjs'

const sizes = new Map()

/** Raw, gzip (level 9) and brotli (quality 11) bytes of the file a served path names. */
export function sizeOf(path) {
  if (!sizes.has(path)) {
    const file = fileOf(path)
    if (!file) throw new Error(`${path} is not a served file`)
    const data = readFileSync(file)
    sizes.set(path, {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    })
  }
  return sizes.get(path)
}

/**
 * The sum of the sizes of the files fetched under a library's prefix (each file once).
 * @param {string[]} urls every URL the page requested
 * @param {string | null} prefix e.g. `/dist/`; null for a library without files
 */
export function bytesShipped(urls, prefix) {
  const paths = [...new Set(urls.map((url) => new URL(url).pathname))].filter(
    (path) => prefix != null && path.startsWith(prefix),
  )
  const total = { files: paths.length, raw: 0, gzip: 0, brotli: 0 }
  for (const path of paths) {
    const size = sizeOf(path)
    total.raw += size.raw
    total.gzip += size.gzip
    total.brotli += size.brotli
  }
  return { ...total, paths: paths.map((path) => path.slice(prefix.length)) }
}
