import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, uiSettled, useDemo, type Visitor } from './harness'

/*
 * demo/csp.html is served with `script-src 'self' 'nonce-…'; style-src 'self'; object-src 'none'`
 * (no 'unsafe-inline', no 'unsafe-eval') and a fresh nonce per response, under
 * `default-src 'self'`: only its YouTube embed (frame-src) and gtag.js's beacons (connect-src)
 * are let out. Everything must work, and the browser must report no violation, in any frame.
 */

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO12345'

/** What a `securitypolicyviolation` event said. */
interface Violation {
  directive: string
  blocked: string
  sample: string
  source: string
}

declare global {
  interface Window {
    __violations?: Violation[]
    __order?: string[]
  }
}

/** Makes every frame of every page record its CSP violations from the very start. */
const recordViolations = (context: BrowserContext) =>
  context.addInitScript(() => {
    const seen: Violation[] = (window.__violations = [])
    // Capturing on window: a violation is fired at the element (bubbling, composed, so out of
    // shadow roots too) or at the document, and both paths pass through window.
    addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${event.lineNumber}`,
        }),
      true,
    )
  })

/** The violations every frame of the page recorded, each with its frame's URL. */
const violations = async (page: Page) =>
  (
    await Promise.all(
      page.frames().map(async (frame) =>
        // No record at all would mean the frame was never watched: say so as a violation.
        (
          (await frame.evaluate(() => window.__violations)) ?? [
            { directive: 'none: this frame was not watched', blocked: '', sample: '', source: '' },
          ]
        ).map((v) => ({ frame: frame.url(), ...v })),
      ),
    )
  ).flat()

/**
 * Where Consentry's files come from: this site, which `'self'` lets in anyway, or another origin
 * (a CDN the site redirects `/consentry/` to), which only the nonce lets in: CSP checks a
 * script again after each redirect. The other origin is the demo server under another name
 * (localhost for 127.0.0.1).
 */
type Origin = 'this site' | 'a CDN'

const ORIGINS: Origin[] = ['this site', 'a CDN']

async function serveConsentryFrom(origin: Origin, context: BrowserContext) {
  if (origin == 'this site') return
  await context.route(
    (url) => url.hostname == '127.0.0.1' && url.pathname.startsWith('/consentry/'),
    (route) => {
      const cdn = new URL(route.request().url())
      cdn.hostname = 'localhost'
      return route.fulfill({ status: 302, headers: { location: cdn.href } })
    },
  )
}

/** Opens demo/csp.html and returns it with the nonce its response's policy carries. */
async function openStrict(visitor: Visitor): Promise<{ page: Page; nonce: string }> {
  const policies: string[] = []
  const listen = (response: import('playwright-core').Response) => {
    if (new URL(response.url()).pathname == '/csp.html')
      policies.push(response.headers()['content-security-policy'] || '')
  }
  visitor.context.on('response', listen)
  const page = await visitor.open('/csp.html')
  visitor.context.off('response', listen)
  expect(policies).toHaveLength(1)
  const policy = policies[0]!
  // The policy is as strict as the issue asks: nothing inline, nothing evaluated.
  expect(policy).not.toMatch(/unsafe-/)
  expect(policy).toMatch(/(^|; )style-src 'self'(;|$)/)
  expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/)
  const nonce = /(?:^|; )script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'(?:;|$)/.exec(policy)?.[1]
  expect(nonce).toBeTruthy()
  return { page, nonce: nonce! }
}

/** Every consentry*.js the page loaded, with the nonce its script element carries. */
const chunkNonces = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[src*="/consentry/"]')).map(
      (script) => [new URL(script.src).pathname, script.nonce],
    ),
  )

/** The hosts the browser asked for Consentry's files (redirected to a CDN: both). */
const askedFor = (visitor: Visitor) =>
  [
    ...new Set(
      visitor.requests
        .filter((r) => r.path.startsWith('/consentry/'))
        .map((r) => new URL(r.url).hostname),
    ),
  ].sort()

/** The scripts Consentry brought to life, with their nonces. */
const activated = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLScriptElement>('script[data-consent-state="active"]'),
    ).map((script) => [script.src || 'inline', script.nonce]),
  )

/** Waits until gtag.js, the inline snippet and the YouTube frame have all been let through. */
const gatedContentRan = async (page: Page) => {
  await page.waitForFunction(
    () => !!window.__gtagStandIn && !!window.__order?.includes('inline'),
    undefined,
    { timeout: 5000 },
  )
  await page.waitForFunction(
    () => document.querySelector('iframe[data-consent="youtube"]')?.hasAttribute('src'),
    undefined,
    { timeout: 5000 },
  )
  await settle(page)
}

describe('a page with a strict Content-Security-Policy', () => {
  const demo = useDemo()

  it.each(ORIGINS)(
    'shows a styled banner, runs what "Accept all" grants with the nonce, and opens the preferences, without a single violation (Consentry from %s)',
    async (origin) => {
      const visitor = await demo.visitor()
      await recordViolations(visitor.context)
      await serveConsentryFrom(origin, visitor.context)
      const { page, nonce } = await openStrict(visitor)
      await consentryReady(page)

      const banner = page.getByRole('region', { name: 'Cookie consent' })
      await banner.waitFor()
      await uiSettled(page)
      // The UI's stylesheet applied: the browser's default button has neither this corner radius
      // nor this border (the accent, #1d4ed8, in the light theme).
      const accept = banner.getByRole('button', { name: 'Accept all', exact: true })
      expect(
        await accept.evaluate((button) => {
          const style = getComputedStyle(button)
          return [style.borderTopLeftRadius, style.borderTopWidth, style.borderTopColor]
        }),
      ).toEqual(['8px', '2px', 'rgb(29, 78, 216)'])
      expect(await page.evaluate(() => [window.__order, typeof window.gtag])).toEqual([
        undefined,
        'undefined',
      ])

      await accept.click()
      await banner.waitFor({ state: 'detached' })
      // gtag.js is on a host the policy does not list: only the nonce lets it run.
      await visitor.waitForRequest(GTAG)
      await gatedContentRan(page)
      expect(
        await page.evaluate(() => window.__gtagStandIn!.commands.map(([name]) => name)),
      ).toEqual(expect.arrayContaining(['js', 'config']))

      expect(await activated(page)).toEqual([
        [GTAG, nonce],
        ['inline', nonce],
        ['inline', nonce],
      ])

      await page.locator('footer').getByRole('link', { name: 'Cookie settings' }).click()
      const preferences = page.getByRole('dialog', { name: 'Cookie preferences' })
      await preferences.waitFor()
      await uiSettled(page)
      expect(
        await preferences
          .getByRole('button', { name: 'Save choices' })
          .evaluate((button) => getComputedStyle(button).borderTopLeftRadius),
      ).toBe('8px')

      const chunks = await chunkNonces(page)
      expect(chunks.map(([path]) => path)).toEqual(
        expect.arrayContaining(
          ['', '-check', '-ui', '-write', '-preferences'].map(
            (name) => `/consentry/consentry${name}.js`,
          ),
        ),
      )
      expect(askedFor(visitor)).toEqual(
        origin == 'a CDN' ? ['127.0.0.1', 'localhost'] : ['127.0.0.1'],
      )
      expect(chunks.filter(([, carried]) => carried != nonce)).toEqual([])

      expect(await violations(page)).toEqual([])
      expect(visitor.consoleErrors()).toEqual([])
      expect(visitor.pageErrors()).toEqual([])
    },
  )

  it.each(ORIGINS)(
    'runs what a returning visitor allowed, with the new page view’s nonce, without a violation (Consentry from %s)',
    async (origin) => {
      const visitor = await demo.visitor()
      await recordViolations(visitor.context)
      await serveConsentryFrom(origin, visitor.context)
      const first = await openStrict(visitor)
      await consentryReady(first.page)
      await first.page.evaluate(() => window.Consentry!.acceptAll())
      await first.page.waitForFunction(() => !!window.__gtagStandIn, undefined, { timeout: 5000 })
      await settle(first.page)
      await first.page.close()

      const since = visitor.now()
      const { page, nonce } = await openStrict(visitor)
      expect(nonce).not.toBe(first.nonce)
      await gatedContentRan(page)

      expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(true)
      expect(await activated(page)).toEqual([
        [GTAG, nonce],
        ['inline', nonce],
        ['inline', nonce],
      ])
      // A returning visitor runs the compiled config from storage: the core alone.
      const loaded = visitor.requests.filter(
        (r) => r.time >= since && r.path.startsWith('/consentry/'),
      )
      expect(new Set(loaded.map((r) => r.path))).toEqual(new Set(['/consentry/consentry.js']))
      expect(askedFor(visitor)).toEqual(
        origin == 'a CDN' ? ['127.0.0.1', 'localhost'] : ['127.0.0.1'],
      )
      expect(await violations(page)).toEqual([])
      expect(visitor.consoleErrors()).toEqual([])
      expect(visitor.pageErrors()).toEqual([])
    },
  )
})
