// Debian's Chromium, driven by playwright-core: a fresh context per visit, the CPU slowed down
// 4×, and nothing leaving the machine.
import { chromium } from 'playwright-core'

export const CPU_SLOWDOWN = 4

/** Launches the browser. */
export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // A backstop: a request to any other host fails without a DNS lookup. The https requests
      // the pages make (the gated trackers) are answered with an empty 204 below.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  })

/**
 * A new visitor: a fresh context (with `storageState`, a returning one), one page, its CPU
 * slowed down, every request it makes logged, and every https request (no local URL is https)
 * answered with an empty 204 by the DevTools protocol's Fetch domain. Playwright's own
 * `route()` would intercept every request, local ones too, and add a round trip through Node
 * to each of them, more for a library that fetches more files.
 * @param {import('playwright-core').Browser} browser
 * @param {{ init?: string, storageState?: object }} options `init`: an init script
 */
export async function visitor(browser, { init, storageState } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(storageState && { storageState }),
  })
  if (init) await context.addInitScript(init)
  const page = await context.newPage()
  const requests = []
  page.on('request', (request) => requests.push(request.url()))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
  cdp.on('Fetch.requestPaused', ({ requestId }) =>
    cdp
      .send('Fetch.fulfillRequest', { requestId, responseCode: 204, responseHeaders: [] })
      .catch(() => {}),
  )
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*' }] })
  return { context, page, cdp, requests, close: () => context.close() }
}

/** Waits until `fn` returns something truthy in the page, checking every 50 ms. */
export const until = (page, fn, arg, timeout = 15_000) =>
  page.waitForFunction(fn, arg, { polling: 50, timeout }).then((handle) => handle.jsonValue())
