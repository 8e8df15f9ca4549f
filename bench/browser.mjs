// Debian's Chromium, driven by playwright-core: a fresh context per visit, the CPU slowed down
// 4×, a network profile, and nothing leaving the machine.
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { networkLog, PROFILES } from './network.mjs'

/** The embed's stand-in: what a YouTube-like player page answers. */
const PLAYER = readFileSync(new URL('pages/player.html', import.meta.url)).toString('base64')
const isPlayer = (url) => url.startsWith('https://www.youtube-nocookie.com/embed/')

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
 * slowed down, on the network `profile`, every request it makes logged, and every https request
 * (no local URL is https) answered by the DevTools protocol's Fetch domain: the embed's player
 * with a stand-in page, the trackers with an empty 204. Playwright's own `route()` would
 * intercept every request, local ones too, and add a round trip through Node to each of them,
 * more for a library that fetches more files.
 * @param {import('playwright-core').Browser} browser
 * @param {{ init?: string, storageState?: object, profile?: import('./network.mjs').Profile }}
 *   options `init`: an init script; `profile`: no network delay unless given
 */
export async function visitor(browser, { init, storageState, profile = PROFILES[0] } = {}) {
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
  const network = await networkLog(cdp, profile)
  cdp.on('Fetch.requestPaused', ({ requestId, request }) =>
    cdp
      .send(
        'Fetch.fulfillRequest',
        isPlayer(request.url)
          ? {
              requestId,
              responseCode: 200,
              responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
              body: PLAYER,
            }
          : { requestId, responseCode: 204, responseHeaders: [] },
      )
      .catch(() => {}),
  )
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*' }] })
  return { context, page, cdp, requests, network, close: () => context.close() }
}

const sessions = new WeakMap()
/**
 * Waits until `fn` returns something truthy in the page, checking every 50 ms, and returns it.
 * It asks through the DevTools protocol's `Runtime.evaluate`: Playwright's `waitForFunction`
 * first injects its own script, which costs the page a long task (80–170 ms at 4× CPU) at a
 * random moment of its load, whatever library it holds.
 */
export async function until(page, fn, arg, timeout = 15_000) {
  if (!sessions.has(page)) sessions.set(page, page.context().newCDPSession(page))
  const cdp = await sessions.get(page)
  const expression = `(${fn})(${JSON.stringify(arg)})`
  const deadline = Date.now() + timeout
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    })
    if (result.value) return result.value
    // A throwing check is tried again (the page may not be ready), and its error is reported if
    // it never passes: waitForFunction used to say why.
    const why = exceptionDetails ? ` (it threw ${exceptionDetails.exception?.description})` : ''
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms: ${fn}${why}`)
    await new Promise((done) => setTimeout(done, 50))
  }
}
