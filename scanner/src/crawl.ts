import { chromium, type Browser } from 'playwright-core'
import { debug } from './debug'
import { fetchRobots } from './robots'
import { limiter } from './pool'
import type { Phase, Visit } from './types'
import { visit } from './visit'

/*
 * The crawl: same-origin links breadth-first from the start page, up to a number of pages, each
 * visited three times in fresh profiles (before any choice, after "Reject all", after "Accept
 * all"). Every visit and the whole scan have a time limit.
 */

/** What a scan is asked to do. */
export interface ScanOptions {
  url: string
  /** @default 20 */
  pages: number
  gpc: boolean
  ignoreRobots: boolean
  /** Milliseconds one visit may take. */
  pageTimeout: number
  /**
   * Milliseconds after which no new page is started; the report then covers the pages done.
   * A page under way finishes within `pageTimeout`.
   */
  scanTimeout: number
  browserArgs: string[]
  chromiumPath: string
  /** Whether to take a screenshot of each page's banner (for the HTML report). */
  screenshots: boolean
  /** Told when a page starts: its number (from 1), the planned total, the URL. */
  onPage?: (done: number, total: number, url: string) => void
}

/** What a scan found. */
export interface ScanResult {
  visits: Visit[]
  /** Why the site could not be scanned at all (exit code 2). */
  fatal?: string
  /** Why the scan stopped before it had covered what it was asked to, if it did. */
  partial?: string
}

// Links to files that are not pages; the crawl does not spend its budget on them.
const NOT_A_PAGE = /\.(pdf|jpe?g|png|gif|webp|svg|ico|css|js|json|xml|txt|zip|gz|mp[34]|woff2?)$/i

/** Launches Chromium and crawls; never throws. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  let browser: Browser
  debug('launch')
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      args: [
        ...['--no-sandbox', '--disable-gpu', '--no-first-run'],
        // Consent tools hide from automated browsers (navigator.webdriver): a visitor's view.
        '--disable-blink-features=AutomationControlled',
        ...options.browserArgs,
      ],
    })
  } catch (error) {
    return {
      visits: [],
      fatal: `could not start Chromium at ${options.chromiumPath}: ${(error as Error).message.split('\n')[0]}`,
    }
  }
  debug('launched')
  try {
    return await crawl(browser, options)
  } finally {
    debug('closing the browser')
    await browser.close().catch(() => undefined)
    debug('closed the browser')
  }
}

// Pages under way at once, and visits at once (a page with a banner has two choice visits in
// parallel): enough to overlap one visit's waiting (network quiet, a banner's delay) with
// another's work, few enough for two cores.
const PAGES_AT_ONCE = 3
const VISITS_AT_ONCE = 5

async function crawl(browser: Browser, options: ScanOptions): Promise<ScanResult> {
  const timeout = options.pageTimeout
  const session = await browser.newBrowserCDPSession()
  const { userAgent } = (await session.send('Browser.getVersion')) as { userAgent: string }
  await session.detach()
  const allowed = options.ignoreRobots
    ? () => true
    : await fetchRobots(browser, options.url, timeout)
  debug('robots.txt read')
  if (!allowed(new URL(options.url).pathname))
    return {
      visits: [],
      fatal: `robots.txt disallows ${options.url} (use --ignore-robots to scan it anyway)`,
    }
  const limit = limiter(VISITS_AT_ONCE)
  const common = {
    browser,
    gpc: options.gpc,
    screenshot: options.screenshots,
    userAgent: userAgent.replace('HeadlessChrome', 'Chrome'),
    timeout,
  }
  return crawlPages({
    options,
    allowed,
    visitAs: (url, phase) => limit(() => visit({ ...common, url, phase })),
  })
}

/** What the page scheduler works with. */
interface CrawlSetup {
  options: ScanOptions
  allowed: (path: string) => boolean
  visitAs: (url: string, phase: Phase) => Promise<Visit>
}

/**
 * Scans pages from the queue, a few at once, until the page count or the time limit is reached.
 * The report does not depend on which visit finishes first: visits are listed by page in crawl
 * order, and each page's links join the queue only after those of the pages before it, so the
 * pages crawled are the same breadth-first ones as one at a time.
 */
async function crawlPages({ options, allowed, visitAs }: CrawlSetup): Promise<ScanResult> {
  const deadline = Date.now() + options.scanTimeout
  const queue = [options.url]
  const queued = new Set(queue)
  const pages: Visit[][] = []
  // Resolves once page i's links are in the queue.
  const linksQueued: Promise<void>[] = []
  let origin = new URL(options.url).origin
  let fatal: string | undefined
  let started = 0
  let running = 0
  let wake = () => {}

  const enqueue = (links: string[]) => {
    for (const link of links) {
      const target = new URL(link)
      if (target.origin != origin || queued.has(link) || NOT_A_PAGE.test(target.pathname)) continue
      if (!allowed(target.pathname)) continue
      queued.add(link)
      queue.push(link)
    }
  }
  const scanPage = async (url: string, index: number, linksDone: () => void) => {
    const before = await visitAs(url, 'before')
    pages[index] = [before]
    if (index == 0 && before.error) fatal = `${options.url}: ${before.error}`
    // Where the start page redirected to is the site that is crawled.
    else if (index == 0) origin = new URL(before.page).origin
    await linksQueued[index - 1]
    if (!before.error) enqueue(before.links)
    linksDone()
    wake()
    if (before.error || before.banner.tool == 'none') return
    const choices = await Promise.all([
      visitAs(before.page, 'reject'),
      visitAs(before.page, 'accept'),
    ])
    pages[index].push(...choices)
  }

  let partial: string | undefined
  for (;;) {
    while (!partial && running < PAGES_AT_ONCE && queue.length && started < options.pages) {
      // The first page is always scanned: without it there is no report at all.
      if (started > 0 && Date.now() >= deadline) {
        partial = `the scan reached its time limit after ${started} page${started == 1 ? '' : 's'}`
        break
      }
      const url = queue.shift()!
      options.onPage?.(started + 1, Math.min(options.pages, started + 1 + queue.length), url)
      const index = started++
      let done = () => {}
      linksQueued[index] = new Promise<void>((resolve) => (done = resolve))
      running++
      // `done` also runs if the page fails, so that the pages after it are not held up.
      void scanPage(url, index, done)
        .catch((error: Error) => void (fatal ??= `scanning ${url} failed: ${error.message}`))
        .finally(() => (done(), running--, wake()))
    }
    if (!running) break
    await new Promise<void>((resolve) => (wake = resolve))
  }
  const visits = pages.flat()
  return fatal ? { visits, fatal } : { visits, ...(partial && { partial }) }
}
