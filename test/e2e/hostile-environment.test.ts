import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, GATED_COOKIE, settle, stateOf, useDemo, type Visitor } from './harness'

/*
 * Consentry next to what it cannot control: cookies and storage that throw, a sandboxed iframe,
 * gated scripts that fail, a second copy of itself, and a second tab. It must never throw into
 * the page, and the visitor's choice must hold and be followed.
 */

declare global {
  interface Window {
    __order?: string[]
    /** What demo/assets/failures.js saw through `Consentry.on('error')`. */
    __consentryErrors?: { type: string; name?: string; element?: string | null }[]
    /** Uncaught errors and unhandled rejections, recorded by {@link recordProblems}. */
    __problems?: string[]
  }
}

/**
 * Makes every frame of every page record, from the very start, each uncaught error and each
 * unhandled promise rejection: `pageerror` sees only the first, and only in the top frame.
 */
const recordProblems = (context: BrowserContext) =>
  context.addInitScript(() => {
    const seen: string[] = (window.__problems = [])
    // Not capturing: a resource that fails to load fires a non-bubbling `error` at its element,
    // which is not a thrown exception.
    addEventListener('error', (event) =>
      seen.push(`error: ${event.message} (${event.filename}:${event.lineno})`),
    )
    addEventListener('unhandledrejection', (event) => {
      const reason = event.reason as { stack?: string } | undefined
      seen.push(`unhandled rejection: ${reason?.stack || String(reason)}`)
    })
  })

type Target = Page | Frame

const problems = (target: Target) => target.evaluate(() => window.__problems)

/** The Consentry UI's banner in a page or frame. */
const bannerIn = (scope: Page | FrameLocator) =>
  scope.getByRole('region', { name: 'Cookie consent' })

/** What the visitor can see of the gated content. */
const gatedContent = (target: Target) =>
  target.evaluate(() => ({
    ran: window.__order ?? [],
    markup: document.querySelectorAll('#gated-markup').length,
  }))

/** Whether cookies and storage throw here, by the name of what they throw. */
const storageErrors = (target: Target) =>
  target.evaluate(() =>
    [
      () => document.cookie,
      () => (document.cookie = 'probe=1'),
      () => localStorage,
      () => sessionStorage,
    ].map((use) => {
      try {
        use()
        return 'works'
      } catch (error) {
        return (error as Error).name
      }
    }),
  )

/** Where cookies and storage cannot keep anything. */
type Environment =
  'where cookies are disabled' | 'where cookies and storage throw' | 'in a sandboxed iframe'

const ENVIRONMENTS: Environment[] = [
  'where cookies are disabled',
  'where cookies and storage throw',
  'in a sandboxed iframe',
]

/**
 * Opens demo/no-cookies.html, whose gated content needs neither cookies nor storage, in that
 * environment, checks that the environment is as hostile as it says, and waits for Consentry.
 * @returns the page, the page or frame the demo runs in, and where to find its banner.
 */
async function openIn(environment: Environment, visitor: Visitor) {
  if (environment == 'in a sandboxed iframe') {
    const page = await visitor.open('/sandboxed.html')
    const target = page.frame({ url: /\/no-cookies\.html$/ })!
    expect(target).toBeTruthy()
    // sandbox without allow-same-origin: an opaque origin, whose cookies and storage throw.
    expect(await target.evaluate(() => origin)).toBe('null')
    expect(await storageErrors(target)).toEqual(Array(4).fill('SecurityError'))
    await target.waitForFunction(() => !!window.Consentry, undefined, { timeout: 5000 })
    return { page, target, scope: page.frameLocator('iframe[sandbox]') }
  }
  if (environment == 'where cookies and storage throw')
    // As a privacy extension, or a browser blocking them, may make them.
    await visitor.context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      }
      Object.defineProperty(Document.prototype, 'cookie', {
        get: refuse,
        set: refuse,
        configurable: true,
      })
      for (const area of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, area, { get: refuse, configurable: true })
    })
  const page = await visitor.open('/no-cookies.html')
  if (environment == 'where cookies are disabled') {
    // As the browser's "Block all cookies" does to a page's script: reads find none, writes
    // are dropped, nothing throws.
    const cdp = await visitor.context.newCDPSession(page)
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true })
    await page.reload()
    expect(
      await page.evaluate(() => {
        document.cookie = 'probe=1'
        return [document.cookie, navigator.cookieEnabled]
      }),
    ).toEqual(['', false])
  } else expect(await storageErrors(page)).toEqual(Array(4).fill('SecurityError'))
  await consentryReady(page)
  return { page, target: page as Target, scope: page as Page | FrameLocator }
}

/** Clicks the banner's "Accept all" and waits for the gated content to run. */
async function acceptAll(target: Target, scope: Page | FrameLocator) {
  const banner = bannerIn(scope)
  await banner.waitFor()
  expect(await gatedContent(target)).toEqual({ ran: [], markup: 0 })
  await banner.getByRole('button', { name: 'Accept all', exact: true }).click()
  await banner.waitFor({ state: 'detached' })
  await target.waitForFunction(() => window.__order?.length == 2, undefined, { timeout: 5000 })
  expect(await gatedContent(target)).toEqual({ ran: ['external', 'inline'], markup: 1 })
}

/** The visitor's decision, as the page sees it. */
const decision = (target: Target) =>
  target.evaluate(() => {
    const { decided, method } = window.Consentry!.getState()
    return { decided, method, analytics: window.Consentry!.isGranted('analytics') }
  })

const ACCEPTED = { decided: true, method: 'accept-all', analytics: true }

/** Adds a gated script to the page, and waits for it to run. */
async function addLater(target: Target, name: string) {
  await target.evaluate((name) => {
    const later = document.createElement('script')
    later.type = 'text/plain'
    later.setAttribute('data-consent', 'analytics')
    later.text = `;(window.__order ||= []).push(${JSON.stringify(name)})`
    document.body.append(later)
  }, name)
  await target.waitForFunction((name) => window.__order?.includes(name), name, { timeout: 2000 })
}

describe('a hostile environment', () => {
  const demo = useDemo()

  it.each(ENVIRONMENTS)(
    'asks, takes "Accept all" and runs what it grants, without an error, %s',
    async (environment) => {
      const visitor = await demo.visitor()
      await recordProblems(visitor.context)
      const { page, target, scope } = await openIn(environment, visitor)
      await acceptAll(target, scope)
      expect(await decision(target)).toEqual(ACCEPTED)
      // What the page adds later follows the choice too.
      await addLater(target, 'added later')
      expect(await decision(target)).toEqual(ACCEPTED)

      await settle(page)
      expect(await bannerIn(scope).count()).toBe(0)
      expect(await problems(page)).toEqual([])
      expect(await problems(target)).toEqual([])
      expect(visitor.pageErrors()).toEqual([])
      expect(visitor.consoleErrors()).toEqual([])
    },
  )

  // Fails: src/start-consent.ts remembers the cookie value it meant to write (`raw = value`), not
  // what the browser kept; where nothing can be kept, the re-read on coming back finds no
  // choice, and the page forgets the visitor's decision.
  it.each(ENVIRONMENTS)(
    'keeps the choice when the visitor comes back to the tab, %s',
    async (environment) => {
      const visitor = await demo.visitor()
      await recordProblems(visitor.context)
      const { page, target, scope } = await openIn(environment, visitor)
      await acceptAll(target, scope)
      expect(await decision(target)).toEqual(ACCEPTED)

      // What the browser fires when the visitor switches to another tab and back, on which
      // Consentry re-reads the stored choice in case another tab changed it.
      await target.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      expect(await decision(target)).toEqual(ACCEPTED)
      await addLater(target, 'after coming back')
      await settle(page)
      expect(await bannerIn(scope).count()).toBe(0)
      expect(await problems(target)).toEqual([])
    },
  )

  it('runs the gated scripts that work in document order and reports those that fail to load', async () => {
    const visitor = await demo.visitor()
    await recordProblems(visitor.context)
    const page = await visitor.open('/failing-scripts.html')
    await consentryReady(page)
    await settle(page)
    expect(await page.evaluate(() => window.__order)).toBeUndefined()

    // A (loads), B (404), C (connection dropped), D (inline, throws halfway), E (loads).
    await page.evaluate(() => window.Consentry!.acceptAll())
    await page.waitForFunction(() => window.__order?.includes('E'), undefined, { timeout: 5000 })
    await settle(page)
    expect(await page.evaluate(() => window.__order)).toEqual(['A', 'D', 'E'])
    const requested = visitor.requests
      .map((r) => r.path + new URL(r.url).search)
      .filter((path) => /^\/(assets\/ran\.js|assets\/not-found\.js|network-error)/.test(path))
    expect(requested).toEqual(
      expect.arrayContaining([
        '/assets/ran.js?A',
        '/assets/not-found.js',
        '/network-error',
        '/assets/ran.js?E',
      ]),
    )

    const reported = await page.evaluate(() => window.__consentryErrors!)
    expect(reported.sort((a, b) => String(a.element).localeCompare(String(b.element)))).toEqual([
      { type: 'script', name: 'analytics', element: 'B' },
      { type: 'script', name: 'analytics', element: 'C' },
    ])
    expect(await page.locator('[data-panel="errors"] li').allTextContents()).toHaveLength(2)

    // D's own throw is the page's error, and the only one: Consentry threw nothing.
    const thrown = await problems(page)
    expect(thrown).toHaveLength(1)
    expect(thrown![0]).toMatch(/^error: Uncaught Error: D throws after its first line \(/)
    expect(visitor.pageErrors()).toEqual([expect.stringContaining('D throws after its first line')])
    // Only the browser's own reports of B and C, nothing from Consentry.
    const browserReport =
      /^Failed to load resource: |^Refused to execute script from '[^']*\/assets\/not-found\.js'/
    expect(visitor.consoleErrors().filter((text) => !browserReport.test(text))).toEqual([])

    // The page still works: what it adds later runs, and decisions still apply.
    await addLater(page, 'F')
    await page.evaluate(() => window.Consentry!.rejectAll())
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'reject-all' })
    expect(await page.evaluate(() => window.__order)).toEqual(['A', 'D', 'E', 'F'])
  })

  it('shows one banner and runs each gated script once when consentry.js is included twice, and says so', async () => {
    const visitor = await demo.visitor()
    await recordProblems(visitor.context)
    const page = await visitor.open('/twice.html')
    await consentryReady(page)
    const banner = bannerIn(page)
    await banner.first().waitFor()
    await settle(page)

    expect(await page.locator('script[src="/consentry/consentry.js"]').count()).toBe(2)
    expect(await banner.count()).toBe(1)
    expect(await page.locator('consentry-ui').count()).toBe(1)
    expect(visitor.consoleErrors()).toEqual(['Consentry: loaded twice; this copy stands down'])
    // The config was validated once.
    expect(visitor.requests.filter((r) => r.path == '/consentry/consentry-check.js')).toHaveLength(
      1,
    )

    await banner.getByRole('button', { name: 'Accept all', exact: true }).click()
    await page.waitForFunction(() => window.__order?.length == 2, undefined, { timeout: 5000 })
    await settle(page)
    expect(await gatedContent(page)).toEqual({ ran: ['external', 'inline'], markup: 1 })
    expect(visitor.requests.filter((r) => r.path == '/assets/ran.js')).toHaveLength(1)
    expect(await bannerIn(page).count()).toBe(0)
    expect(await problems(page)).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual(['Consentry: loaded twice; this copy stands down'])
  })

  it('carries an acceptance and then a withdrawal from one tab to another within a second each, and the withdrawal deletes the analytics cookies both tabs see', async () => {
    const visitor = await demo.visitor()
    await recordProblems(visitor.context)
    const first = await visitor.open('/')
    const second = await visitor.open('/blog/hello-world/')
    await Promise.all([consentryReady(first), consentryReady(second)])
    await Promise.all([settle(first), settle(second)])

    await first.evaluate(() => window.Consentry!.acceptAll())
    await second.waitForFunction(() => window.Consentry!.getState().decided, undefined, {
      timeout: 1000,
      polling: 20,
    })
    expect(await stateOf(second)).toMatchObject({ decided: true, method: 'accept-all' })
    // Both tabs ran what they now may, and their trackers set their cookies.
    for (const tab of [first, second])
      await tab.waitForFunction(
        () => !!window.__hotjarStandIn && !!window.__fbqStandIn,
        undefined,
        {
          timeout: 5000,
        },
      )
    // One that only the blog's pages see, as a tag configured with `cookie_path` sets it: only
    // the second tab can find it, so only its own sweep can delete it.
    await second.evaluate(() => {
      document.cookie = '_ga_BLOG=GS1.1.1.1.0.1.0.0.0; path=/blog/; max-age=600'
    })
    await Promise.all([settle(first), settle(second)])

    const seen = (tab: Page) =>
      tab.evaluate(
        (source) =>
          document.cookie
            .split('; ')
            .map((pair) => pair.slice(0, pair.indexOf('=')))
            .filter((name) => new RegExp(source).test(name))
            .sort(),
        GATED_COOKIE.source,
      )
    const trackers = [
      '_fbp',
      '_ga',
      '_ga_DEMO12345',
      '_hjSessionUser_3512345',
      '_hjSession_3512345',
    ]
    expect(await seen(first)).toEqual(trackers)
    expect(await seen(second)).toEqual([...trackers, '_ga_BLOG'].sort())

    await first.evaluate(() => window.Consentry!.rejectAll())
    await second.waitForFunction(() => !window.Consentry!.isGranted('analytics'), undefined, {
      timeout: 1000,
      polling: 20,
    })
    expect(await stateOf(second)).toMatchObject({ decided: true, method: 'reject-all' })
    await expect.poll(() => seen(first), { timeout: 2000 }).toEqual([])
    await expect.poll(() => seen(second), { timeout: 2000 }).toEqual([])
    const left = (await visitor.cookies()).map((c) => c.name)
    expect(left.filter((name) => GATED_COOKIE.test(name))).toEqual([])
    // What is necessary stays.
    expect(left).toEqual(expect.arrayContaining(['consentry', 'PHPSESSID']))

    expect(await problems(first)).toEqual([])
    expect(await problems(second)).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })
})
