import type { Browser, BrowserContext, Page } from 'playwright-core'
import { watchBanners, type AutoconsentWatch } from './autoconsent'
import { choose, findBanner } from './banner'
import { isGoogleTagHost } from './catalogue'
import { debug } from './debug'
import { isThirdParty, record, type Recorder } from './recorder'
import type { Phase, SeenCookie, SeenStorage, Visit } from './types'

/*
 * One visit of one page in a fresh browser profile: load it, find the banner, make the phase's
 * choice and load the page again as the visitor's next view, then read what the profile holds.
 */

/** What a visit needs to know. */
export interface VisitOptions {
  browser: Browser
  url: string
  phase: Phase
  gpc: boolean
  /** Whether to take a screenshot of the banner on a `before` visit. */
  screenshot: boolean
  /** Chromium's own, without "Headless": some consent tools hide from headless browsers. */
  userAgent: string
  /** Milliseconds the whole visit may take; past it, what was seen so far is kept. */
  timeout: number
}

// The network counts as quiet after this long without a request in flight.
const QUIET = 500
// Most links a page gives the crawler: a page of 10,000 links must not cost 10,000 strings.
const MAX_LINKS = 500

/** Visits a page; never throws: a failure is the visit's `error`. */
export async function visit(options: VisitOptions): Promise<Visit> {
  const site = new URL(options.url).hostname
  const context = await options.browser.newContext({
    viewport: { width: 1280, height: 800 },
    // Some consent tools also hide from a "HeadlessChrome" user agent.
    userAgent: options.userAgent,
    ...(options.gpc && { extraHTTPHeaders: { 'Sec-GPC': '1' } }),
  })
  const result: Visit = {
    page: options.url,
    phase: options.phase,
    cookies: [],
    storage: [],
    requests: [],
    iframes: [],
    banner: { tool: 'none', preticked: [] },
    links: [],
    googleBeforeDefault: [],
  }
  let timer: NodeJS.Timeout | undefined
  debug(options.phase, 'context')
  try {
    const watch = await watchBanners(
      context,
      options.phase == 'before' ? null : options.phase == 'reject' ? 'optOut' : 'optIn',
    )
    const recorder = await record(context, { site, gpc: options.gpc, isGoogle: isGoogleTagHost })
    const page = await context.newPage()
    const timedOut = new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`gave up after ${options.timeout} ms`)),
        options.timeout,
      )
    })
    await Promise.race([steps({ page, recorder, watch, options, result }), timedOut]).catch(
      (error: Error) => void (result.error = error.message.split('\n')[0]),
    )
    result.requests = recorder.requests
    result.googleBeforeDefault = [...recorder.googleBeforeDefault]
    await Promise.race([
      collect(context, page, recorder, result),
      // Unref'd: a give-up timer must not keep the command running once the scan is over.
      new Promise((done) => setTimeout(done, 5000).unref()),
    ])
  } catch (error) {
    result.error ||= (error as Error).message.split('\n')[0]
  } finally {
    clearTimeout(timer)
    debug(options.phase, 'collected')
    await context.close().catch(() => undefined)
    debug(options.phase, 'closed')
  }
  return result
}

/** What the steps of one visit share. */
interface Steps {
  page: Page
  recorder: Recorder
  watch: AutoconsentWatch
  options: VisitOptions
  result: Visit
}

async function steps({ page, recorder, watch, options, result }: Steps): Promise<void> {
  debug(options.phase, 'start')
  await recorder.follow(page)
  debug(options.phase, 'following')
  const response = await page.goto(options.url, { waitUntil: 'load', timeout: options.timeout })
  const type = response?.headers()['content-type'] || ''
  if (response && !response.ok()) throw new Error(`the page answered HTTP ${response.status()}`)
  if (!/html/i.test(type)) throw new Error(`not a web page (Content-Type: ${type || 'none'})`)
  result.page = page.url()
  debug(options.phase, 'loaded')
  await recorder.settled(QUIET, 5000)
  debug(options.phase, 'settled')
  result.banner = await findBanner(page, watch)
  result.consentryConfig = await page
    .evaluate(() => (window as { Consentry?: { config: unknown } }).Consentry?.config)
    .catch(() => undefined)
  debug(options.phase, 'found ' + result.banner.tool)
  if (options.phase == 'before') {
    result.links = await page.evaluate(linksOf, MAX_LINKS)
    if (options.screenshot && result.banner.tool != 'none')
      result.screenshot = await page.screenshot({ animations: 'disabled', timeout: 5000 })
    debug(options.phase, 'shot')
    return
  }
  debug(options.phase, 'banner')
  recorder.markChoice()
  if (!(await choose(page, { banner: result.banner, phase: options.phase, watch }))) return
  debug(options.phase, 'chosen')
  await recorder.settled(QUIET, 5000)
  // The next page view, with the choice stored: what a returning visitor's browser does.
  await page.reload({ waitUntil: 'load', timeout: options.timeout })
  debug(options.phase, 'reloaded')
  await recorder.settled(QUIET, 5000)
  debug(options.phase, 'settled again')
}

// In the page: the same-origin links, without fragments, at most `max`.
function linksOf(max: number): string[] {
  const found = new Set<string>()
  for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
    const url = new URL((anchor as HTMLAnchorElement).href, location.href)
    url.hash = ''
    if (url.origin == location.origin) found.add(url.href)
    if (found.size >= max) break
  }
  return [...found]
}

async function collect(context: BrowserContext, page: Page, recorder: Recorder, result: Visit) {
  const site = new URL(result.page).hostname
  result.cookies = (await context.cookies()).map((cookie): SeenCookie => ({
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    expires: cookie.expires,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    ...(recorder.setBy.has(cookie.name) && { setBy: recorder.setBy.get(cookie.name)! }),
    ...(recorder.initiatorOf.has(cookie.name) && {
      initiator: recorder.initiatorOf.get(cookie.name)!,
    }),
    thirdParty: isThirdParty(cookie.domain.replace(/^\./, ''), site),
  }))
  result.iframes = page
    .frames()
    .slice(1)
    .map((frame) => frame.url())
    .filter((url) => /^https?:/.test(url))
  const storage: SeenStorage[] = []
  for (const frame of page.frames()) {
    const keys = await frame
      .evaluate(() => ({
        origin: location.origin,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }))
      .catch(() => undefined)
    if (!keys || !/^https?:/.test(keys.origin)) continue
    for (const key of keys.local)
      storage.push({ key, storage: 'localStorage', origin: keys.origin })
    for (const key of keys.session)
      storage.push({ key, storage: 'sessionStorage', origin: keys.origin })
  }
  result.storage = storage
}
