import { chromium, type Browser } from 'playwright-core'
import { fetchRobots } from './robots'
import type { Visit } from './types'
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
  try {
    return await crawl(browser, options)
  } finally {
    await browser.close().catch(() => undefined)
  }
}

async function crawl(browser: Browser, options: ScanOptions): Promise<ScanResult> {
  const deadline = Date.now() + options.scanTimeout
  // The limit is checked between pages: a page under way ends within its own limit.
  const timeLeft = () => deadline - Date.now()
  const timeout = options.pageTimeout
  const visits: Visit[] = []
  const session = await browser.newBrowserCDPSession()
  const { userAgent } = (await session.send('Browser.getVersion')) as { userAgent: string }
  await session.detach()
  const common = {
    browser,
    gpc: options.gpc,
    userAgent: userAgent.replace('HeadlessChrome', 'Chrome'),
  }
  const allowed = options.ignoreRobots
    ? () => true
    : await fetchRobots(browser, options.url, timeout)
  if (!allowed(new URL(options.url).pathname))
    return {
      visits,
      fatal: `robots.txt disallows ${options.url} (use --ignore-robots to scan it anyway)`,
    }

  const queue = [options.url]
  const queued = new Set(queue)
  let origin = new URL(options.url).origin
  for (let done = 0; queue.length && done < options.pages; done++) {
    // The first page is always scanned: without it there is no report at all.
    if (done > 0 && timeLeft() <= 0)
      return {
        visits,
        partial: `the scan reached its time limit after ${done} page${done == 1 ? '' : 's'}`,
      }
    const url = queue.shift()!
    options.onPage?.(done + 1, Math.min(options.pages, done + 1 + queue.length), url)
    const before = await visit({ ...common, url, phase: 'before', timeout })
    visits.push(before)
    if (done == 0) {
      if (before.error) return { visits, fatal: `${options.url}: ${before.error}` }
      // Where the start page redirected to is the site that is crawled.
      origin = new URL(before.page).origin
    }
    if (before.error) continue
    for (const link of before.links) {
      const target = new URL(link)
      if (target.origin != origin || queued.has(link) || NOT_A_PAGE.test(target.pathname)) continue
      if (!allowed(target.pathname)) continue
      queued.add(link)
      queue.push(link)
    }
    if (before.banner.tool == 'none') continue
    const page = before.page
    visits.push(
      ...(await Promise.all(
        (['reject', 'accept'] as const).map((phase) =>
          visit({ ...common, url: page, phase, timeout }),
        ),
      )),
    )
  }
  return { visits }
}
