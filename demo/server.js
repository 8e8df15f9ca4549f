// The demo site: `npm start` serves it, and the end-to-end tests drive it in Chromium.
//
// It plays a WordPress + PHP host: every HTML response sets the session and login cookies such
// a site sets (so withdrawal can be seen to keep them), pages share their header, footer and
// tracker snippets through server-side includes (`<!--#include virtual="/_includes/…" -->`, as
// Apache and nginx do), `<!--#flush ms -->` sends a page in pieces like a slow network,
// `<!--#csp policy -->` serves it under a Content-Security-Policy with a fresh nonce, and the
// built library is served from `/consentry/`. `/network-error` is a script host that fails. A
// valid consent cookie is re-sent with every page, as the README's recipe for Safari's 7-day cap
// on script-set cookies says.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, posix, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const SITE = fileURLToPath(new URL('.', import.meta.url))
// The site's Consentry config, which every page embeds: the consent cookie's name and domain.
const SETTINGS = JSON.parse(readFileSync(join(SITE, 'consent.json'), 'utf8'))
const DIST = fileURLToPath(new URL('../dist/', import.meta.url))

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

// Parts of demo/ that are not pages: the server itself, includes (`_includes/`), dotfiles.
const isPrivate = (path) => /\/[._]/.test(path) || /^\/server\.(js|d\.ts)$/.test(path)
// Server-side directives, in the comment syntax of Apache's mod_include.
const INCLUDE = /^([ \t]*)<!--#include virtual="([^"]+)" -->$/gm
const FLUSH = /<!--#flush (\d+) -->/

class HttpError extends Error {
  constructor(status, message) {
    super(message)
    this.status = status
  }
}

/**
 * Maps a URL path onto a file under `root`, or throws a 404. The path is decoded and normalized
 * before the check, so `..`, `%2e%2e/` and `%2f` cannot leave the root.
 */
function fileFor(root, urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    throw new HttpError(400, 'Bad request')
  }
  if (path.includes('\0') || path.includes('\\')) throw new HttpError(400, 'Bad request')
  const normal = posix.normalize('/' + path)
  const file = resolve(root, '.' + normal)
  if (file != root.replace(/[\\/]$/, '') && !file.startsWith(root.replace(/[\\/]?$/, sep)))
    throw new HttpError(404, 'Not found')
  return { file, normal }
}

/**
 * Expands `<!--#include virtual="/path" -->` lines from the site root, a few levels deep,
 * indented like the line they replace.
 */
async function render(file, depth = 0) {
  const text = await readFile(file, 'utf8')
  if (depth > 4) throw new Error(`includes nested too deeply in ${file}`)
  const parts = await Promise.all(
    [...text.matchAll(INCLUDE)].map(([, indent, path]) =>
      render(fileFor(SITE, path).file, depth + 1).then((out) =>
        out.replace(/\n$/, '').replace(/^(?=.)/gm, indent),
      ),
    ),
  )
  let i = 0
  return text.replace(INCLUDE, () => parts[i++])
}

// `<!--#csp policy -->` on a line of its own: the policy goes out as the page's
// Content-Security-Policy header, and every `%CSP_NONCE%` in it and in the page becomes one nonce
// made afresh for each response, as a server that nonces its pages provides (Apache's
// mod_cspnonce, nginx's sub_filter).
const CSP = /^[ \t]*<!--#csp (.+) -->\n/m

/** The page without its `<!--#csp -->` line, and the policy it asked for, nonced. */
function withPolicy(html) {
  const policy = CSP.exec(html)?.[1]
  if (!policy) return {}
  const nonce = randomBytes(16).toString('base64')
  const fill = (text) => text.replaceAll('%CSP_NONCE%', nonce)
  return { body: fill(html.replace(CSP, '')), csp: fill(policy) }
}

const CONFIG = /(<script type="application\/json" id="consentry-config">)([\s\S]*?)(<\/script>)/
const UI_OPTIONS = ['layout', 'position', 'theme', 'floatingButton', 'closeButton', 'closeAction']

/**
 * Lets a visitor try the banner's options from the address bar, e.g. `/?layout=modal&theme=dark`
 * or `/?lang=de`: each `ui` option named in the query replaces the config's (`true`/`false` read
 * as booleans), and `lang` sets `<html lang>`, which picks the banner's language. `regime` and
 * `region` set the consent regime (`/?regime=opt-out`, `/?region=US-CA`), and a `Sec-GPC: 1`
 * request header becomes `"gpc": true`, as a server that honours Global Privacy Control would
 * write it.
 */
function tryOptions(html, query, headers = {}) {
  const ui = Object.fromEntries(
    UI_OPTIONS.filter((key) => query.has(key)).map((key) => {
      const value = query.get(key)
      return [key, value == 'true' ? true : value == 'false' ? false : value]
    }),
  )
  const top = Object.fromEntries(
    ['regime', 'region'].filter((key) => query.has(key)).map((key) => [key, query.get(key)]),
  )
  if (headers['sec-gpc'] == '1') top.gpc = true
  let out = html
  if (Object.keys(ui).length || Object.keys(top).length)
    out = out.replace(CONFIG, (_, open, json, close) => {
      const config = { ...JSON.parse(json), ...top }
      if (top.region) config.regimes = { US: 'opt-out', ...config.regimes }
      config.ui = { ...config.ui, ...ui }
      return open + JSON.stringify(config) + close
    })
  const lang = query.get('lang')
  if (lang && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(lang))
    out = out.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
  return out
}

const parseCookies = (header = '') =>
  Object.fromEntries(
    header
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, value.join('=')]),
  )

/**
 * The cookies a WordPress site on PHP sets for a signed-in visitor, when the browser does not
 * have them yet. Not HttpOnly here (WordPress' are), so page scripts and tests can see them.
 */
function siteCookies(req) {
  const have = parseCookies(req.headers.cookie)
  const set = []
  if (!have.PHPSESSID) set.push(`PHPSESSID=${randomBytes(13).toString('hex')}; Path=/`)
  // WordPress names its cookies after md5(site URL): COOKIEHASH in wp-includes/default-constants.php.
  const hash = createHash('md5').update(`http://${req.headers.host}`).digest('hex')
  const loggedIn = `wordpress_logged_in_${hash}`
  if (!have[loggedIn]) {
    const expires = Math.floor(Date.now() / 1000) + 14 * 86400
    const token = randomBytes(32).toString('base64url').slice(0, 43)
    const hmac = randomBytes(32).toString('hex')
    set.push(`${loggedIn}=admin%7C${expires}%7C${token}%7C${hmac}; Path=/; Max-Age=1209600`)
  }
  return set
}

// The consent cookie as Consentry writes it: version 1, `~`-separated fields, FNV-1a checksum
// (src/consent/record.ts). Checked so that the server re-sets only what Consentry wrote.
const CONSENT_FORMAT =
  /^1~[\w-]{8,64}~(?:[\da-z]{1,12}~){3}[arcg]~[A-Za-z][\w-]{1,34}~[\w.-]*~[\w.!-]*~[\da-z]+$/
const fnv1a = (text) => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return (h >>> 0).toString(36)
}
// 13 months: the longest a consent may last; Consentry still expires it by its decision time.
const THIRTEEN_MONTHS = 34187400

/**
 * The README's recipe for Safari and other browsers that cap script-set cookies at 7 days: when
 * the request carries a well-formed consent cookie, send it back unchanged from the server, which
 * makes it a server-set cookie with its full lifetime. Name, domain and path come from the
 * config; `Secure` when the request came over https. A value that is not Consentry's (edited,
 * truncated, foreign) is not re-set, so the server never extends what the script would reject.
 */
function resendConsentCookie(req, { cookie = {} }) {
  const name = cookie.name || 'consentry'
  const value = parseCookies(req.headers.cookie)[name]
  if (!value || !CONSENT_FORMAT.test(value)) return []
  const cut = value.lastIndexOf('~')
  if (fnv1a(value.slice(0, cut)) != value.slice(cut + 1)) return []
  const https = req.socket.encrypted || req.headers['x-forwarded-proto'] == 'https'
  const expires = new Date(Date.now() + THIRTEEN_MONTHS * 1000).toUTCString()
  const attributes = [
    `Max-Age=${THIRTEEN_MONTHS}`,
    `Expires=${expires}`,
    `Path=${cookie.path || '/'}`,
    ...(cookie.domain ? [`Domain=${cookie.domain}`] : []),
    'SameSite=Lax',
    ...(https ? ['Secure'] : []),
  ]
  return [[`${name}=${value}`, ...attributes].join('; ')]
}

async function respond(req) {
  if (req.method != 'GET' && req.method != 'HEAD') throw new HttpError(405, 'Method not allowed')
  const { pathname } = new URL(req.url || '/', 'http://localhost')
  const [root, urlPath] = pathname.startsWith('/consentry/')
    ? [DIST, pathname.slice('/consentry'.length)]
    : [SITE, pathname]
  const { file: found, normal } = fileFor(root, urlPath)
  if (root == SITE && isPrivate(normal)) throw new HttpError(404, 'Not found')
  let file = found
  let info = await stat(file).catch(() => undefined)
  if (info?.isDirectory()) {
    // WordPress' pretty permalinks end in a slash; a directory without one is redirected there.
    if (!pathname.endsWith('/'))
      return { redirect: encodeURI((root == DIST ? '/consentry' : '') + normal + '/') }
    file = join(file, 'index.html')
    info = await stat(file).catch(() => undefined)
  }
  const type = TYPES[extname(file)]
  if (!info?.isFile() || !type) throw new HttpError(404, 'Not found')
  const body = type.startsWith('text/html')
    ? tryOptions(
        await render(file),
        new URL(req.url || '/', 'http://localhost').searchParams,
        req.headers,
      )
    : await readFile(file)
  return { status: 200, type, body, ...(type.startsWith('text/html') && withPolicy(body)) }
}

async function notFound(status, message) {
  const page = join(SITE, '404.html')
  if (status == 404 && existsSync(page))
    return { status, type: TYPES['.html'], body: await render(page) }
  return { status, type: TYPES['.txt'], body: message + '\n' }
}

/**
 * The proof-of-consent log a site keeps (the config's `log.endpoint`): `POST /consent-log` takes
 * one record, `GET /consent-log` answers `{ records, received }`. Records are kept in memory by
 * `id`, so one that the browser sends again (a retry whose acknowledgement was lost) is
 * acknowledged but stored once; `received` counts every POST, duplicates included. The body is
 * JSON whatever its Content-Type: Consentry sends text/plain, which needs no CORS preflight.
 * Nothing about the request (address, user agent) is kept, only the record.
 */
function consentLog() {
  const records = new Map()
  let received = 0
  const LIMIT = 16 * 1024
  const answer = (res, status, body) => {
    res.writeHead(status, {
      'Cache-Control': 'no-store',
      ...(body && { 'Content-Type': TYPES['.json'] }),
      ...(status == 405 && { Allow: 'GET, POST' }),
    })
    res.end(body && JSON.stringify(body))
  }
  return (req, res) => {
    if (req.method == 'GET') return answer(res, 200, { records: [...records.values()], received })
    if (req.method != 'POST') return answer(res, 405)
    received++
    if (Number(req.headers['content-length']) > LIMIT) {
      res.setHeader('Connection', 'close')
      return answer(res, 413)
    }
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size <= LIMIT) chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > LIMIT) return answer(res, 413)
      let record
      try {
        record = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      } catch {
        return answer(res, 400)
      }
      if (typeof record?.id != 'string' || !record.id) return answer(res, 400)
      if (!records.has(record.id)) records.set(record.id, record)
      answer(res, 204)
    })
  }
}

/**
 * Starts the demo server on 127.0.0.1.
 * @param {{ port?: number }} [options] port 0 picks a free one
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startServer({ port = 8080 } = {}) {
  if (!existsSync(join(DIST, 'consentry.js')))
    throw new Error('dist/consentry.js is missing: run npm run build first')

  const log = consentLog()
  const server = createServer(async (req, res) => {
    if (req.url?.split('?')[0] == '/consent-log') return log(req, res)
    // A script host that fails: the connection drops before any answer, a network error.
    if (req.url?.split('?')[0] == '/network-error') return void req.socket.destroy()
    const out = await respond(req)
      .catch((error) =>
        error instanceof HttpError
          ? notFound(error.status, error.message)
          : (console.error(error), notFound(500, 'Internal server error')),
      )
      .catch((error) => {
        console.error(error)
        return { status: 500, type: TYPES['.txt'], body: 'Internal server error\n' }
      })
    if (out.redirect) {
      res.writeHead(301, { Location: out.redirect })
      return res.end()
    }
    const html = out.type.startsWith('text/html')
    // `<!--#flush ms -->` sends what came before and pauses, as a slow network or PHP's flush()
    // would: the browser then parses the page in pieces.
    const pieces = html ? out.body.split(FLUSH) : [out.body]
    const headers = {
      'Content-Type': out.type,
      // A development server: always fetch the current build.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    }
    if (pieces.length == 1) headers['Content-Length'] = Buffer.byteLength(out.body)
    if (html) headers['Set-Cookie'] = [...siteCookies(req), ...resendConsentCookie(req, SETTINGS)]
    if (out.csp) headers['Content-Security-Policy'] = out.csp
    if (out.status == 405) headers.Allow = 'GET, HEAD'
    res.writeHead(out.status, headers)
    if (req.method == 'HEAD') return res.end()
    for (let i = 0; i < pieces.length - 1; i += 2) {
      res.write(pieces[i])
      await new Promise((done) => setTimeout(done, Number(pieces[i + 1])))
      if (res.destroyed) return
    }
    res.end(pieces[pieces.length - 1])
  })

  await new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', done)
  })
  const address = server.address()
  return {
    url: `http://127.0.0.1:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}

if (process.argv[1] && import.meta.url == pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT || 8080)
  startServer({ port }).then(
    (site) => console.log(`Consentry demo: http://localhost:${site.port}/`),
    (error) => {
      console.error(`Consentry demo: ${error.message}`)
      process.exit(1)
    },
  )
}
