import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, onTestFinished, vi } from 'vitest'
import {
  createConsent,
  type Consent,
  type ConsentConfig,
  type ConsentOptions,
  type CookieJar,
} from 'consentry'

/** True when this run tests the built files in dist/ (npm run test:dist). */
export const testingDist = !!process.env.CONSENTRY_DIST

/** A realistic WordPress site: necessary WP/PHP cookies, analytics, marketing, media. */
export const siteConfig = (): ConsentConfig => ({
  revision: 1,
  categories: {
    necessary: {
      required: true,
      cookies: [
        { name: 'PHPSESSID', duration: 'session' },
        { name: 'wordpress_logged_in_{hash}', duration: '14 days' },
        { name: 'wp-settings-[UID]', duration: '1 year' },
      ],
    },
    analytics: {},
    marketing: {},
    media: {},
  },
  services: {
    'google-analytics': {
      category: 'analytics',
      cookies: [
        { name: '_ga', duration: '2 years' },
        { name: '_ga_*', duration: '2 years' },
      ],
    },
    hotjar: {
      category: 'analytics',
      cookies: [
        { name: '_hjSessionUser_<site_id>', duration: '1 year' },
        { name: '_hjTLDTest', storage: 'sessionStorage' },
        { name: '/^_hjLocal/', storage: 'localStorage' },
      ],
    },
    'meta-pixel': { category: 'marketing', cookies: [{ name: '_fbp', duration: '90 days' }] },
    youtube: { category: 'media' },
  },
  cookies: [{ name: 'marketing_seen', category: 'marketing' }],
})

const live: [Document | null, Consent][] = []
afterEach(() => {
  for (const [, consent] of live.splice(0)) consent.destroy()
})

/**
 * createConsent, as on a new page view: the managers an earlier start() made on the same
 * document are destroyed first (one manager runs per document), and every one after the test,
 * so no observer or channel outlives it. Another tab is another document.
 */
export function start(config: unknown = siteConfig(), options?: ConsentOptions): Consent {
  const doc = options?.document === undefined ? document : options.document
  for (const [page, consent] of live) if (doc && page == doc) consent.destroy()
  const consent = createConsent(config, options)
  live.push([doc, consent])
  return consent
}

/** A document for another tab of the same site, for the tab-sync tests. */
export const otherTab = () => document.implementation.createHTMLDocument()

/** A cookie jar that records what it is asked to do, for a page at `host` and `path`. */
export function fakeJar(
  overrides: Partial<CookieJar> = {},
  host = 'example.com',
  path = '/',
): CookieJar {
  return {
    get: () => undefined,
    names: () => [],
    set: () => {},
    remove: () => {},
    location: () => ({ host, path, secure: true }),
    ...overrides,
  }
}

/** The cookies the page can see now, as a name → value map. */
export function cookies(): Record<string, string> {
  return Object.fromEntries(
    document.cookie
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  )
}

/** Sets a cookie the way a tracker's script would. */
export function setCookie(name: string, value = '1', attributes = '; path=/') {
  document.cookie = `${name}=${value}${attributes}`
}

/** How a test answers the script-tag core's chunk requests, by chunk name. */
export interface ChunkNetwork {
  /** A UI that only says it has shown (`consentry-ui.js` is otherwise never answered). */
  ui?: boolean
  /** Holds these chunks' requests until the test answers them through `pending`. */
  hold?: string[]
}

/**
 * Stands in for the network for the script-tag core: when it inserts
 * `<script src=".../consentry-check.js">`, register the real validator and fire `load`, as a
 * browser would after fetching the chunk. Held chunks wait in `pending` for the test to `load()`
 * or `fail()` them.
 */
export function serveChunks(network: ChunkNetwork = {}) {
  const requested: string[] = []
  const pending: { name: string; load(): Promise<void>; fail(): void }[] = []
  const answer = (name: string, node: Node) => ({
    name,
    load: () => loadChunk(name).then(() => void node.dispatchEvent(new Event('load'))),
    fail: () => void node.dispatchEvent(new Event('error')),
  })
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes)) {
        const name = /consentry-(check|presets|write|ui|foreign)\.js$/.exec(
          node instanceof HTMLScriptElement ? node.src : '',
        )?.[1]
        if (!name || (name == 'ui' && !network.ui)) continue
        requested.push((node as HTMLScriptElement).src)
        if (network.hold?.includes(name)) pending.push(answer(name, node))
        else void answer(name, node).load()
      }
  })
  observer.observe(document.head, { childList: true })
  onTestFinished(() => observer.disconnect())
  return { requested, pending }
}

const chunkSources: Record<string, () => Promise<unknown>> = {
  check: () => import('../src/script-tag/consentry-check'),
  presets: () => import('../src/script-tag/consentry-presets'),
  write: () => import('../src/script-tag/consentry-write'),
  foreign: () => import('../src/script-tag/consentry-foreign'),
}

/** Evaluates consentry-<name>.js (or its source), as the browser would once fetched. */
async function loadChunk(name: string) {
  if (name == 'ui') {
    ;(window.ConsentryChunks ||= {}).ui = { show: () => Promise.resolve() }
    return
  }
  if (testingDist) {
    ;(0, eval)(readFileSync(join(process.cwd(), `dist/consentry-${name}.js`), 'utf8'))
    return
  }
  vi.resetModules()
  await chunkSources[name]!()
}

/**
 * Runs the script-tag core as a page would: the source, or dist/consentry.js in dist runs, as the
 * `<script src>` after everything already in <head> (jsdom runs no script by URL, so the core is
 * evaluated here with that element as `document.currentScript`).
 */
export async function runEmbed(attributes: Record<string, string> = {}): Promise<void> {
  const core = document.createElement('script')
  core.src = `${location.origin}/assets/consentry.js`
  for (const [name, value] of Object.entries(attributes)) core.setAttribute(name, value)
  document.head.append(core)
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => core })
  try {
    if (testingDist) {
      ;(0, eval)(readFileSync(join(process.cwd(), 'dist/consentry.js'), 'utf8'))
      return
    }
    vi.resetModules()
    await import('../src/script-tag/consentry')
  } finally {
    delete (document as { currentScript?: unknown }).currentScript
  }
}
