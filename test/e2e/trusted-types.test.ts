import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { acceptAll, requestsTo, serveAutoblockPages } from './autoblock-fixtures'
import { consentryReady, settle, useDemo, type Visitor } from './harness'

/*
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`, sent as a header with
 * a `trusted-types` list of the policies the page allows): the DOM then refuses a plain string
 * for a script's URL or text and for markup. Consentry must start, gate and hand back what the
 * visitor chose with its own policy, `consentry`, and must never turn a string of the page's into
 * something trusted: the page's own strings are refused as before.
 */

const CONFIG = (more = '') => `<script type="application/json" id="consentry-config">
  { "revision": 1, ${more}
    "categories": { "necessary": { "required": true }, "analytics": {} },
    "services": { "hotjar": { "category": "analytics", "preset": "hotjar" } } }
</script>`

// Gated the usual way: an inline snippet and a vendor's script, each inert until "analytics".
const GATED_BY_HAND = `<!doctype html><html lang="en"><head>${CONFIG()}
<script src="/consentry/consentry.js"></script><title>Trusted Types, gated by hand</title>
<script>window.ran = []</script></head><body><main><p>An article.</p></main>
<script type="text/plain" data-consent="analytics">ran.push('inline snippet')</script>
<script type="text/plain" data-consent="analytics" src="https://static.hotjar.com/c/hotjar-1.js?sv=6"></script>
</body></html>`

// Auto-blocking, with the page's own code going through its own policy (`app`) as such a page
// must, and once with a plain string, which the page's policy list does not let through.
const AUTO_BLOCKED = `<!doctype html><html lang="en"><head>${CONFIG('"autoBlock": true,')}
<script src="/consentry/consentry-auto.js"></script><title>Trusted Types, auto-blocked</title>
<script>window.ran = []</script></head><body><main><div id="box"></div><div id="more"></div></main>
<script>
  const app = trustedTypes.createPolicy('app', { createHTML: (s) => s, createScriptURL: (s) => s })
  box.innerHTML = app.createHTML('<img alt="" src="https://static.hotjar.com/p.gif?from=innerHTML">')
  more.insertAdjacentHTML('beforeend', app.createHTML('<img alt="" src="https://static.hotjar.com/p.gif?from=adjacent">'))
  ran.push('trusted markup set')
  try { box.innerHTML = '<b>a plain string</b>' } catch (e) { ran.push('plain markup refused') }
  const s = document.createElement('script')
  s.src = app.createScriptURL('https://static.hotjar.com/c/hotjar-2.js?sv=6')
  document.body.append(s)
  const plain = document.createElement('script')
  try { plain.src = 'https://static.hotjar.com/c/hotjar-3.js?sv=6' } catch (e) { ran.push('plain URL refused') }
</script></body></html>`

// Another tool's markup next to the page's own: a Klaro script that keeps its URL in data-src
// (which no policy may turn into a script URL), a Klaro iframe, a Cookiebot snippet and an
// inline snippet gated the usual way. What Consentry reports goes to `reported`.
const FOREIGN_MARKUP = `<!doctype html><html lang="en"><head>
<script type="application/json" id="consentry-config">
  { "revision": 1,
    "categories": { "necessary": { "required": true }, "analytics": {}, "media": {} },
    "services": { "youtube": { "category": "media" } } }
</script>
<script src="/consentry/consentry.js"></script><title>Trusted Types, other tools' markup</title>
<script>
  window.ran = []
  window.reported = []
  addEventListener('consentry:ready', () => Consentry.on('error', (e) => reported.push({
    type: e.type, name: e.name, element: e.element.getAttribute('data-name'),
    refusedByTheDom: e.error instanceof TypeError,
  })))
</script></head><body><main><p>An article.</p>
<iframe title="A video" data-name="youtube" data-src="https://www.youtube-nocookie.com/embed/abc123"></iframe></main>
<script type="text/plain" data-name="analytics" data-src="https://tracker.klaro.example/ga.js"></script>
<script type="text/plain" data-consent="analytics">ran.push('own snippet')</script>
<script type="text/plain" data-cookieconsent="statistics">ran.push('cookiebot snippet')</script>
</body></html>`

const serve = async (visitor: Visitor, body: string, policies: string) => {
  await serveAutoblockPages(visitor)
  await visitor.context.route(/\/trusted-types\.html$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: {
        'content-security-policy': `require-trusted-types-for 'script'; trusted-types ${policies}`,
      },
      body,
    }),
  )
  await visitor.context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = [])
    addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective}: ${event.sample}`),
      true,
    )
  })
}

// The page once Consentry has started and the network is quiet.
const opened = async (visitor: Visitor) => {
  const page = await visitor.open('/trusted-types.html')
  await consentryReady(page)
  await settle(page)
  return page
}

// "Accept all", then what the vendor stand-in runs, then a quiet network.
const acceptedAndSettled = async (page: Page) => {
  await acceptAll(page)
  await page.waitForFunction(() => (window as unknown as { loaded?: string[] }).loaded?.length)
  await settle(page)
}

const seen = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { ran: string[]; loaded?: string[]; violations: string[] }
    return { ran: w.ran, loaded: w.loaded || [], violations: w.violations }
  })

const HOTJAR = ['static.hotjar.com']

describe('a page that enforces Trusted Types', () => {
  const demo = useDemo()

  it('gets the banner, runs its gated scripts once accepted and the way back after, with no violation', async () => {
    const visitor = await demo.visitor()
    await serve(visitor, GATED_BY_HAND, 'consentry consentry-ui')
    const page = await opened(visitor)
    await page.getByRole('button', { name: 'Accept all' }).first().waitFor()
    expect(requestsTo(visitor, HOTJAR)).toEqual([])
    expect((await seen(page)).ran).toEqual([])

    await acceptedAndSettled(page)
    expect(await seen(page)).toEqual({
      ran: ['inline snippet'],
      loaded: ['hotjar'],
      violations: [],
    })
    // The way back, and the preferences it opens (a chunk the UI's own policy loads).
    await page.getByRole('button', { name: 'Cookie settings' }).click()
    await page.getByRole('dialog', { name: 'Cookie preferences' }).waitFor()
    expect((await seen(page)).violations).toEqual([])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('with auto-blocking, blocks the trusted markup and URLs of the page, keeps refusing its strings, and releases what it held once accepted', async () => {
    const visitor = await demo.visitor()
    await serve(visitor, AUTO_BLOCKED, 'consentry consentry-ui app')
    const page = await opened(visitor)
    expect(requestsTo(visitor, HOTJAR)).toEqual([])
    const before = await seen(page)
    expect(before.ran).toEqual(['trusted markup set', 'plain markup refused', 'plain URL refused'])
    // Only the page's own two strings were refused.
    expect(before.violations).toHaveLength(2)

    const since = visitor.now()
    await acceptedAndSettled(page)
    expect(requestsTo(visitor, HOTJAR, since).sort()).toEqual([
      'https://static.hotjar.com/c/hotjar-2.js?sv=6',
      'https://static.hotjar.com/p.gif?from=adjacent',
      'https://static.hotjar.com/p.gif?from=innerHTML',
    ])
    expect((await seen(page)).violations).toHaveLength(2)
    expect(visitor.pageErrors()).toEqual([])
  })

  it('that does not allow the consentry policy, fails closed: nothing gated runs or loads', async () => {
    const visitor = await demo.visitor()
    await serve(visitor, GATED_BY_HAND, 'app')
    const page = await visitor.open('/trusted-types.html')
    await settle(page)
    expect(requestsTo(visitor, HOTJAR)).toEqual([])
    expect((await seen(page)).ran).toEqual([])
    // Say why, where the site owner looks.
    expect(visitor.consoleErrors().join('\n')).toMatch(/consentry/i)
  })

  it("keeps a Klaro script with its URL in data-src inert and reports it, and runs the rest of the page's gated markup", async () => {
    const visitor = await demo.visitor()
    await serve(visitor, FOREIGN_MARKUP, 'consentry consentry-ui')
    const page = await opened(visitor)
    await acceptAll(page)
    // Gated scripts run one task apart; the embed is Klaro markup too, and its src no sink.
    const ranAndEmbedded = () =>
      page.evaluate(() => ({
        ran: (window as unknown as { ran: string[] }).ran,
        embed: document.querySelector('iframe')!.getAttribute('src'),
      }))
    await expect.poll(ranAndEmbedded).toEqual({
      ran: ['own snippet', 'cookiebot snippet'],
      embed: 'https://www.youtube-nocookie.com/embed/abc123',
    })
    await settle(page)
    expect(requestsTo(visitor, ['tracker.klaro.example'])).toEqual([])
    const klaro = page.locator('script[data-name="analytics"]')
    expect(await klaro.getAttribute('data-consent')).toBe('')
    expect(await klaro.getAttribute('data-src')).toBe('https://tracker.klaro.example/ga.js')
    expect(
      await page.evaluate(() => (window as unknown as { reported: unknown[] }).reported),
    ).toEqual([{ type: 'script', name: 'analytics', element: 'analytics', refusedByTheDom: true }])
    // The browser's own refusal of the string, and nothing else.
    expect((await seen(page)).violations).toEqual([
      'require-trusted-types-for: HTMLScriptElement src|https://tracker.klaro.example/ga.js',
    ])
    expect(visitor.pageErrors()).toEqual([])
  })
})
