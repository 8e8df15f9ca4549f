// A static server for the benchmark pages: the built library (`/dist/`), the other libraries'
// files from node_modules (`/vendor/<name>/`), and the pages under bench/pages/, gzipped as a
// site would send them. `/page/<name>` is bench/pages/article.html with one library's setup,
// bench/pages/lib/<name>.html, whose `<!-- body -->` and `<!-- embed -->` lines split it: what
// comes first goes in <head>, the body part at the end of <body>, the embed part where the
// article shows its video. Other pages (the compiled variant, the scale scenarios) are
// registered with `page()`.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const PAGES = fileURLToPath(new URL('pages/', import.meta.url))

/** URL prefix → folder. Every byte a library ships is under one of these. */
export const FOLDERS = {
  '/dist/': resolve(ROOT, 'dist'),
  '/vendor/cookieconsent/': resolve(ROOT, 'node_modules/vanilla-cookieconsent/dist'),
  '/vendor/orejime/': resolve(ROOT, 'node_modules/orejime/dist'),
  '/pages/': resolve(PAGES),
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

/** The file a URL path names, or undefined if it is outside the served folders. */
export function fileOf(pathname) {
  const prefix = Object.keys(FOLDERS).find((p) => pathname.startsWith(p))
  if (!prefix) return
  const folder = FOLDERS[prefix]
  const file = resolve(folder, '.' + decodeURIComponent(pathname.slice(prefix.length - 1)))
  return file.startsWith(folder + sep) ? file : undefined
}

/**
 * The article page with a library's setup (`none`: no library), or with `setup` given as HTML,
 * and extra HTML at the end of <main>.
 */
export async function articleWith(library, { setup: given, extra = '' } = {}) {
  const [article, setup] = await Promise.all([
    readFile(PAGES + 'article.html', 'utf8'),
    given ?? (library == 'none' ? '' : readFile(`${PAGES}lib/${library}.html`, 'utf8')),
  ])
  const [head, body = '', embed = ''] = setup.split(/^\s*<!-- (?:body|embed) -->\n/m)
  return article
    .replace('<!-- library -->', () => head.trim())
    .replace('<!-- library:body -->', () => body.trim())
    .replace('<!-- library:embed -->', () => embed.trim())
    .replace('<!-- extra -->', () => extra)
}

const compressed = new Map()
/** Gzip level 9, each distinct body compressed once. */
function gzipped(body) {
  const key = String(body)
  if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }))
  return compressed.get(key)
}

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @returns {Promise<{
 *   url: string,
 *   page(path: string, body: string, type?: string): void,
 *   close(): Promise<void>,
 * }>} `page()` serves `body` at `path` (any query), as HTML unless `type` says otherwise
 */
export async function startServer() {
  const generated = new Map()
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url || '/', 'http://localhost')
    const send = (status, type, body) => {
      // Every visit starts from an empty cache, first or returning: the bytes are counted from
      // the files, and a fresh browser context has no cache anyway.
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' }
      // Compressed as bytes.mjs counts them, so that a throttled network carries what it would
      // carry from a real server (Chromium offers brotli over https only).
      if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipped(body)
        headers['Content-Encoding'] = 'gzip'
      }
      res.writeHead(status, headers)
      res.end(body)
    }
    try {
      const library = /^\/page\/([\w-]+)$/.exec(pathname)?.[1]
      if (generated.has(pathname)) return send(200, ...generated.get(pathname))
      if (library) return send(200, TYPES['.html'], await articleWith(library))
      const file = fileOf(pathname)
      const type = TYPES[extname(file || '')]
      if (!file || !type) return send(404, 'text/plain', 'Not found\n')
      send(200, type, await readFile(file))
    } catch (error) {
      send(error.code == 'ENOENT' ? 404 : 500, 'text/plain', String(error.message) + '\n')
    }
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address()
  return {
    url: `http://127.0.0.1:${port}`,
    page: (path, body, type = TYPES['.html']) => generated.set(path, [type, body]),
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}
