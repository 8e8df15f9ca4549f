import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Result as AxeResult, RunOptions as AxeRunOptions } from 'axe-core'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
  type Route,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { startServer, type DemoServer } from '../../demo/server.js'
import type { ConsentState } from '../../src/types'

/*
 * The end-to-end harness: the demo site on a free port, Debian's Chromium driven by
 * playwright-core, and a fresh browser profile per test. Every request that leaves localhost is
 * answered here by a stand-in that sets the cookies the real service sets, or by an empty 204,
 * and every request is logged, so a test can say exactly what was contacted and when.
 */

/** Debian's Chromium; the tests never download a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** The hosts of gated services: none may be contacted before consent. */
export const GATED_HOSTS = [
  'www.googletagmanager.com',
  'static.hotjar.com',
  'connect.facebook.net',
  'www.facebook.com',
  'www.youtube-nocookie.com',
]

/** Names of the cookies the gated services set. */
export const GATED_COOKIE = /^(_ga|_ga_.+|_gid|_hj.+|_fbp|_fbc)$/

const standIn = (file: string) => readFileSync(new URL(`stand-ins/${file}`, import.meta.url))
const STAND_INS: { host: string; path: RegExp; type: string; body: Buffer }[] = [
  {
    host: 'www.googletagmanager.com',
    path: /^\/gtag\/js$/,
    type: 'text/javascript',
    body: standIn('gtag.js'),
  },
  {
    host: 'static.hotjar.com',
    path: /^\/c\/hotjar-\d+\.js$/,
    type: 'text/javascript',
    body: standIn('hotjar.js'),
  },
  {
    host: 'connect.facebook.net',
    path: /^\/[\w-]+\/fbevents\.js$/,
    type: 'text/javascript',
    body: standIn('fbevents.js'),
  },
  {
    host: 'www.youtube-nocookie.com',
    path: /^\/embed\/[\w-]+$/,
    type: 'text/html; charset=utf-8',
    body: standIn('youtube-embed.html'),
  },
]

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

const isLocal = (url: URL) =>
  url.protocol == 'data:' ||
  url.protocol == 'about:' ||
  url.protocol == 'blob:' ||
  ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)

/** One request the browser made. */
export interface LoggedRequest {
  url: string
  host: string
  path: string
  /** Milliseconds since the visitor's browser profile was created. */
  time: number
  /** Which tab made it, by the order `open()` created them (0 = first); -1 if unknown. */
  tab: number
  type: string
}

/** Something a page reported as wrong: a console error or an uncaught exception. */
export interface PageProblem {
  tab: number
  kind: 'console' | 'pageerror'
  text: string
}

/** A visitor with a fresh browser profile (no cookies, no storage), and what their browser did. */
export interface Visitor {
  context: BrowserContext
  requests: LoggedRequest[]
  problems: PageProblem[]
  /** Opens a new tab on a path of the demo and waits for its `load` event. */
  open(path?: string): Promise<Page>
  /** Milliseconds since the profile was created, on the request log's clock. */
  now(): number
  /** Requests to gated hosts, optionally only those logged at or after `since`. */
  gatedRequests(since?: number): LoggedRequest[]
  /** Waits until a request whose URL starts with `prefix` is logged at or after `since`. */
  waitForRequest(prefix: string, since?: number, timeout?: number): Promise<LoggedRequest>
  /** Every cookie of the profile, whatever its path (`document.cookie` shows only some). */
  cookies(): Promise<{ name: string; value: string; path: string }[]>
  consoleErrors(): string[]
  pageErrors(): string[]
}

/**
 * Starts the demo server and Chromium once per test file, and gives each test fresh visitors.
 * Call at the top of a `describe` or file.
 */
export function useDemo() {
  let server: DemoServer | undefined
  let browser: Browser | undefined
  const open: BrowserContext[] = []

  beforeAll(async () => {
    server = await startServer({ port: 0 })
    browser = await chromium.launch({ executablePath: chromiumPath, args: LAUNCH_ARGS })
  })
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()))
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A new visitor: a fresh browser context whose third-party requests go to stand-ins. */
  async function visitor(): Promise<Visitor> {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } })
    open.push(context)
    const started = performance.now()
    const now = () => Math.round(performance.now() - started)
    const requests: LoggedRequest[] = []
    const problems: PageProblem[] = []
    const tabs: Page[] = []
    const tabOf = (page: Page | undefined) => (page ? tabs.indexOf(page) : -1)

    const traffic = (request: Request, change: number) => {
      try {
        const page = request.frame().page()
        const seen = network.get(page) || { inFlight: 0, last: 0 }
        seen.inFlight += change
        seen.last = performance.now()
        network.set(page, seen)
      } catch {
        // Service worker requests have no frame.
      }
    }
    context.on('requestfinished', (request) => traffic(request, -1))
    context.on('requestfailed', (request) => traffic(request, -1))
    context.on('request', (request) => {
      traffic(request, 1)
      const url = new URL(request.url())
      let tab = -1
      try {
        tab = tabOf(request.frame().page())
      } catch {
        // Service worker requests have no frame.
      }
      requests.push({
        url: url.href,
        host: url.host,
        path: url.pathname,
        time: now(),
        tab,
        type: request.resourceType(),
      })
    })
    context.on('page', (page) => {
      tabs.push(page)
      page.on('console', (message) => {
        if (message.type() == 'error')
          problems.push({ tab: tabOf(page), kind: 'console', text: message.text() })
      })
      page.on('pageerror', (error) =>
        problems.push({ tab: tabOf(page), kind: 'pageerror', text: String(error) }),
      )
    })
    await context.route(
      (url) => !isLocal(url),
      (route: Route) => {
        const url = new URL(route.request().url())
        const found = STAND_INS.find((s) => s.host == url.host && s.path.test(url.pathname))
        return found
          ? route.fulfill({ status: 200, contentType: found.type, body: found.body })
          : route.fulfill({ status: 204 })
      },
    )

    const gatedRequests = (since = 0) =>
      requests.filter((r) => r.time >= since && GATED_HOSTS.includes(r.host))

    return {
      context,
      requests,
      problems,
      now,
      gatedRequests,
      async open(path = '/') {
        const page = await context.newPage()
        await page.goto(new URL(path, server!.url).href)
        return page
      },
      async waitForRequest(prefix, since = 0, timeout = 5000) {
        const deadline = Date.now() + timeout
        for (;;) {
          const found = requests.find((r) => r.time >= since && r.url.startsWith(prefix))
          if (found) return found
          if (Date.now() > deadline)
            throw new Error(
              `no request to ${prefix} within ${timeout} ms; requests:\n` +
                requests.map((r) => `  ${r.time} ms ${r.url}`).join('\n'),
            )
          await new Promise((done) => setTimeout(done, 20))
        }
      },
      cookies: async () =>
        (await context.cookies()).map(({ name, value, path }) => ({ name, value, path })),
      consoleErrors: () => problems.filter((p) => p.kind == 'console').map((p) => p.text),
      pageErrors: () => problems.filter((p) => p.kind == 'pageerror').map((p) => p.text),
    }
  }

  return { visitor }
}

/** Waits until Consentry has started on the page (after validating a new config, if needed). */
export async function consentryReady(page: Page, timeout = 5000): Promise<void> {
  await page.waitForFunction(() => !!window.Consentry, undefined, { timeout })
}

// Requests in flight per page (its frames included), and when the last one began or ended.
const network = new WeakMap<Page, { inFlight: number; last: number }>()

/**
 * Waits until the page has been quiet on the network for 500 ms: long enough for anything that
 * was going to be requested to have been. Counted from the requests themselves, not from
 * Chromium's networkIdle lifecycle event, which an iframe added by a click (a placeholder's
 * "Always allow") sometimes never reports, so that `networkidle` hung for its whole timeout.
 */
export async function settle(page: Page, timeout = 10_000): Promise<void> {
  const deadline = performance.now() + timeout
  for (;;) {
    const seen = network.get(page) || { inFlight: 0, last: 0 }
    if (seen.inFlight <= 0 && performance.now() - seen.last >= 500) return
    if (performance.now() > deadline)
      throw new Error(`the network did not settle: ${seen.inFlight} requests in flight`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** The consent state, read in the page. */
export const stateOf = (page: Page): Promise<ConsentState> =>
  page.evaluate(() => window.Consentry!.getState())

/** Whether the page can see a cookie of that name (`document.cookie`). */
export const hasCookie = (page: Page, name: string | RegExp): Promise<boolean> =>
  page.evaluate(
    ([source, flags]) =>
      document.cookie
        .split('; ')
        .some((pair) => new RegExp(source!, flags).test(pair.slice(0, pair.indexOf('=')))),
    typeof name == 'string'
      ? [`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, '']
      : [name.source, name.flags],
  )

/** Where the tests leave screenshots for people to look at (gitignored). */
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url)

/**
 * Saves a screenshot of the viewport as `test-results/screenshots/<name>.png`, once the UI's
 * entrance animations have finished.
 * @returns the file's path.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await uiSettled(page)
  const path = new URL(`${name}.png`, SCREENSHOTS).pathname
  await page.screenshot({ path, animations: 'disabled' })
  return path
}

/**
 * Waits until no animation runs inside the UI's shadow roots, so that what is measured or
 * checked (sizes, colours, contrast) is what the visitor ends up seeing.
 */
export async function uiSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('consentry-ui')).every(
      (host) => !host.shadowRoot || host.shadowRoot.getAnimations().length == 0,
    ),
  )
}

/**
 * The focused element, looking through open shadow roots, as `role "name"` (e.g.
 * `button "Customize"`, `switch "Analytics"`, `dialog "Cookie preferences"`), followed by
 * ` in dialog "…"` when it is inside a dialog. `null` when nothing (or the body) has focus.
 */
export const focusedElement = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el || el == document.body) return null
    const root = el.getRootNode() as Document | ShadowRoot
    const nameOf = (e: Element) =>
      e.getAttribute('aria-label') ||
      (e.getAttribute('aria-labelledby') || '')
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent || '')
        .join(' ')
        .trim() ||
      (e.textContent || '').trim().replace(/\s+/g, ' ')
    const roleOf = (e: Element) => e.getAttribute('role') || e.localName
    const describe = (e: Element) => `${roleOf(e)} "${nameOf(e)}"`
    const dialog = el.parentElement?.closest('[role=dialog]')
    return describe(el) + (dialog ? ` in ${describe(dialog)}` : '')
  })

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

/** What axe-core found, split by where: inside Consentry's UI, or in the rest of the page. */
export interface AxeFindings {
  /** Violations on elements inside a `<consentry-ui>` shadow root (or the host itself). */
  ui: string[]
  /** Violations elsewhere: the demo page's own, or page-level rules (`html`). */
  page: string[]
}

/**
 * Runs axe-core on the whole document (it pierces open shadow roots), once the UI's
 * animations have finished, and returns every violation as one readable line per element:
 * `rule (impact) at target: what to fix [help URL]`.
 */
export async function axe(page: Page): Promise<AxeFindings> {
  await uiSettled(page)
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE })
  const found = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: AxeRunOptions): Promise<{ violations: AxeResult[] }> }
    }
    // No frames: the embeds are other sites' documents (and stand-ins here).
    const { violations } = await axe.run(document, { elementRef: true, iframes: false })
    return violations.flatMap((rule) =>
      rule.nodes.map((node) => {
        const element = (node as { element?: Element }).element
        const host = element && (element.getRootNode() as ShadowRoot).host
        return {
          inUI: element?.localName == 'consentry-ui' || host?.localName == 'consentry-ui',
          line:
            `${rule.id} (${rule.impact}) at ${JSON.stringify(node.target)}: ` +
            `${(node.failureSummary || rule.help).replace(/\s+/g, ' ')} [${rule.helpUrl}]`,
        }
      }),
    )
  })
  return {
    ui: found.filter((f) => f.inUI).map((f) => f.line),
    page: found.filter((f) => !f.inUI).map((f) => f.line),
  }
}

/** One layout shift the page reported, with what moved. */
export interface LayoutShift {
  value: number
  /** `performance.now()` in the page when it happened. */
  at: number
  hadRecentInput: boolean
  /** The elements that moved, each as its path from `<body>`: `div.wrap > aside.sidebar > h3`. */
  sources: string[]
}

/**
 * Makes every page of this visitor record its layout shifts (buffered, from the start) and the
 * moment Consentry's UI first put an element on the page. Call before `open()`.
 */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record: { shifts: LayoutShift[]; uiAt?: number } = { shifts: [] }
    ;(window as { __layout?: typeof record }).__layout = record
    const path = (node: Node | null): string => {
      if (!(node instanceof Element) || node == document.body) return String(node?.nodeName)
      const self =
        node.localName +
        (node.id ? '#' + node.id : '') +
        (node.classList.length ? '.' + Array.from(node.classList).join('.') : '')
      return node.parentElement && node.parentElement != document.body
        ? path(node.parentElement) + ' > ' + self
        : self
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number
        startTime: number
        hadRecentInput: boolean
        sources: { node: Node | null }[]
      }[])
        record.shifts.push({
          value: entry.value,
          at: entry.startTime,
          hadRecentInput: entry.hadRecentInput,
          sources: entry.sources.map((source) => path(source.node)),
        })
    }).observe({ type: 'layout-shift', buffered: true })
    new MutationObserver((_, observer) => {
      if (!document.querySelector('consentry-ui')) return
      record.uiAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
}

/**
 * The layout shifts (not caused by recent input) since Consentry's UI first put an element on
 * the page, and their sum: the cumulative layout shift the UI can be blamed for. Needs
 * {@link recordLayoutShifts}.
 * @param ignore shifts whose every moved element's path matches this are left out of `score`
 *   and `shifts` (and listed in `ignored`): parts of the page that move on their own.
 */
export async function layoutShift(
  page: Page,
  ignore?: RegExp,
): Promise<{ score: number; shifts: LayoutShift[]; ignored: LayoutShift[] }> {
  const { shifts, uiAt } = await page.evaluate(
    () => (window as unknown as { __layout: { shifts: LayoutShift[]; uiAt?: number } }).__layout,
  )
  if (uiAt == null) throw new Error('Consentry’s UI never appeared on this page')
  const since = shifts.filter((shift) => shift.at >= uiAt && !shift.hadRecentInput)
  const ignored = since.filter(
    (shift) => !!ignore && shift.sources.length > 0 && shift.sources.every((s) => ignore.test(s)),
  )
  const counted = since.filter((shift) => !ignored.includes(shift))
  return {
    score: counted.reduce((sum, shift) => sum + shift.value, 0),
    shifts: counted,
    ignored,
  }
}

/** The vendor globals the demo's snippets and the stand-ins leave on the page. */
declare global {
  interface Window {
    dataLayer?: ArrayLike<unknown>[]
    gtag?: (...args: unknown[]) => void
    google_tag_manager?: Record<string, unknown>
    _hjSettings?: { hjid: number; hjsv: number }
    hj?: (...args: unknown[]) => void
    hjSiteSettings?: { site_id: number }
    fbq?: ((...args: unknown[]) => void) & { callMethod?: unknown; queue?: unknown[] }
    __gtagStandIn?: { id: string; queuedAtLoad: number; commands: unknown[][] }
    __hotjarStandIn?: { site: number; queued: unknown[][] }
    __fbqStandIn?: { calls: unknown[][] }
  }
}
