import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/*
 * The fixture sites, all on 127.0.0.1: one server answers every host name (leaky.test,
 * www.googletagmanager.com, …) by its Host header, over HTTP and HTTPS (a throwaway self-signed
 * certificate), and Chromium is pointed at it with --host-resolver-rules. Trackers are answered
 * by stand-ins that set the cookies the real ones set; nothing leaves the machine.
 */

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url))
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
}

// Third-party hosts and what answers them.
const STAND_INS: { host: string; path: RegExp; file: string }[] = [
  { host: 'www.googletagmanager.com', path: /^\/gtag\/js$/, file: 'stand-ins/gtag.js' },
  { host: 'static.hotjar.com', path: /^\/c\/hotjar-\d+\.js$/, file: 'stand-ins/hotjar.js' },
  { host: 'connect.facebook.net', path: /fbevents\.js$/, file: 'stand-ins/fbevents.js' },
  { host: 'www.youtube-nocookie.com', path: /^\/embed\//, file: 'stand-ins/embed.html' },
]
/** Every host name the fixtures use; each resolves to the fixture server in Chromium. */
export const HOSTS = [
  ...['leaky.test', 'other.test', 'plain.test', 'uneven.test', 'pasted.test', 'bad.test'],
  'many.test',
  ...STAND_INS.map((s) => s.host),
  ...['www.google-analytics.com', 'www.facebook.com'],
]

/** The fixture server. */
export interface FixtureServer {
  /** Chromium flags that send every fixture host here and fail every other name. */
  browserArgs: string[]
  /** Pages a test serves itself, by `host/path`. */
  pages: Map<string, string>
  close(): Promise<void>
}

// WordPress names its login cookie after md5(site URL), as the demo server does.
function wordpressCookies(host: string): string[] {
  const hash = createHash('md5').update(`http://${host}`).digest('hex')
  return [
    `PHPSESSID=${randomBytes(13).toString('hex')}; Path=/`,
    `wordpress_logged_in_${hash}=admin; Path=/; Max-Age=1209600; HttpOnly`,
  ]
}

async function file(
  res: ServerResponse,
  path: string,
  headers: Record<string, string | string[]> = {},
) {
  const info = await stat(path).catch(() => undefined)
  const target = info?.isDirectory() ? join(path, 'index.html') : path
  const body = await readFile(target).catch(() => undefined)
  if (!body) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n')
  res.writeHead(200, {
    'Content-Type': TYPES[extname(target)] || 'application/octet-stream',
    ...headers,
  })
  res.end(body)
}

function badRoutes(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  if (path == '/loop') return (res.writeHead(302, { Location: '/loop' }).end(), true)
  if (path == '/error')
    return (res.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Oops</h1>'), true)
  if (path == '/data.json')
    return (res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}'), true)
  if (path == '/never') return true // never answered: the page that waits for it never loads
  if (path == '/links') {
    const links = Array.from({ length: 10_000 }, (_, i) => `<a href="/links/${i}">${i}</a>`)
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!doctype html><title>Links</title>${links.join(' ')}`)
    return true
  }
  if (path.startsWith('/links/'))
    return (
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!doctype html><title>One</title><p>one</p>'),
      true
    )
  return false
}

/** How many pages `many.test` has: the leaky site's home page, each linking to all the others. */
export const MANY_PAGES = 30

// many.test: the leaky site's page at `/` and `/1/`…, each with links to every page, for scans
// that need more pages (the 20-page benchmark); its scripts and styles are the leaky site's.
function manyPages(res: ServerResponse, path: string): Promise<void> | void {
  const page = /^\/(?:(\d+)\/)?$/.exec(path)
  if (!page || Number(page[1] ?? 0) >= MANY_PAGES)
    return file(res, join(FIXTURES, 'leaky.test', path.replace(/\.\.+/g, '')))
  const links = Array.from(
    { length: MANY_PAGES },
    (_, i) => `<a href="/${i ? `${i}/` : ''}">${i}</a>`,
  )
  const html = readFileSync(join(FIXTURES, 'leaky.test/index.html'), 'utf8').replace(
    /<nav>[\s\S]*?<\/nav>/,
    `<nav>${links.join(' ')}</nav>`,
  )
  res
    .writeHead(200, {
      'Content-Type': TYPES['.html']!,
      'Set-Cookie': wordpressCookies('many.test'),
    })
    .end(html)
}

async function answer(req: IncomingMessage, res: ServerResponse, pages: Map<string, string>) {
  const host = (req.headers.host || '').replace(/:\d+$/, '')
  const path = new URL(req.url || '/', 'http://x').pathname
  const standIn = STAND_INS.find((s) => s.host == host && s.path.test(path))
  if (standIn) return file(res, join(FIXTURES, standIn.file))
  if (host == 'www.facebook.com' && path == '/tr')
    return res
      .writeHead(200, {
        'Set-Cookie':
          'fr=0abc; Domain=.facebook.com; Path=/; Max-Age=7776000; Secure; SameSite=None',
        'Content-Type': 'image/gif',
      })
      .end()
  if (!host.endsWith('.test')) return res.writeHead(204).end()
  if (host == 'bad.test' && badRoutes(req, res, path)) return
  const own = pages.get(host + path)
  if (own)
    return res
      .writeHead(200, { 'Content-Type': TYPES['.html']!, 'Set-Cookie': wordpressCookies(host) })
      .end(own)
  if (path.startsWith('/consentry/'))
    return file(res, join(ROOT, 'dist', path.slice('/consentry/'.length)))
  if (path.startsWith('/cookieconsent.'))
    return file(res, join(ROOT, 'node_modules/vanilla-cookieconsent/dist', path.slice(1)))
  if (host == 'many.test') return manyPages(res, path)
  const html = !extname(path) || path.endsWith('.html')
  // Only the WordPress-like sites set WordPress' cookies.
  const cookies =
    html && ['leaky.test', 'pasted.test'].includes(host)
      ? { 'Set-Cookie': wordpressCookies(host) }
      : undefined
  return file(res, join(FIXTURES, host, path.replace(/\.\.+/g, '')), cookies)
}

const listen = (server: Server) =>
  new Promise<number>((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  )

/** Starts the fixture server on two free ports (HTTP and HTTPS). */
export async function startFixtures(): Promise<FixtureServer> {
  const pages = new Map<string, string>()
  const handler = (req: IncomingMessage, res: ServerResponse) =>
    void answer(req, res, pages).catch(() => res.destroy())
  const dir = mkdtempSync(join(tmpdir(), 'consentry-scan-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=fixtures',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  const plain = createServer(handler)
  const tls = createTlsServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    handler,
  )
  const [http, https] = [await listen(plain), await listen(tls)]
  const rules = HOSTS.flatMap((host) => [
    `MAP ${host}:443 127.0.0.1:${https}`,
    `MAP ${host} 127.0.0.1:${http}`,
  ])
  return {
    browserArgs: [
      `--host-resolver-rules=${[...rules, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')}`,
      '--ignore-certificate-errors',
    ],
    pages,
    close: async () => {
      for (const server of [plain, tls]) {
        server.closeAllConnections()
        await new Promise((done) => server.close(done))
      }
    },
  }
}
