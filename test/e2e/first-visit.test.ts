import { describe, expect, it } from 'vitest'
import { consentryReady, GATED_COOKIE, settle, stateOf, useDemo } from './harness'

describe('a first visit', () => {
  const demo = useDemo()

  it('[banner.nothing-preticked] contacts no gated host and sets only the necessary cookies before the visitor decides', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await settle(page)

    expect(visitor.gatedRequests()).toEqual([])
    // A config this browser has not seen is validated first.
    expect(visitor.requests.map((r) => r.path)).toContain('/consentry/consentry-check.js')

    const state = await stateOf(page)
    expect(state.decided).toBe(false)
    expect(state.categories).toEqual({
      necessary: true,
      analytics: false,
      marketing: false,
      media: false,
    })
    expect(Object.values(state.services)).not.toContain(true)

    const names = (await visitor.cookies()).map((c) => c.name)
    expect(names.filter((name) => GATED_COOKIE.test(name))).toEqual([])
    expect(names).toContain('PHPSESSID')
    expect(names.some((name) => /^wordpress_logged_in_[0-9a-f]{32}$/.test(name))).toBe(true)
    // The site's cookies are visible to script, which is what Consentry sees and keeps.
    expect(await page.evaluate(() => document.cookie)).toMatch(/(^|; )PHPSESSID=/)

    const inert = await page.evaluate(() => ({
      scripts: Array.from(document.querySelectorAll('script[data-consent]')).map(
        (s) => (s as HTMLScriptElement).type,
      ),
      iframe: document.querySelector('iframe[data-consent="youtube"]')!.hasAttribute('src'),
      ran: [typeof window.gtag, typeof window.hj, typeof window.fbq],
    }))
    expect(inert).toEqual({
      scripts: ['text/plain', 'text/plain', 'text/plain', 'text/plain'],
      iframe: false,
      ran: ['undefined', 'undefined', 'undefined'],
    })

    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('fails closed on a broken config and names the JSON path of the mistake', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/broken.html')
    await expect
      .poll(() => visitor.consoleErrors(), { timeout: 5000 })
      .toContainEqual(
        expect.stringContaining('categories.analytics.required: expected true or false, got "yes"'),
      )
    await settle(page)

    // The visitor's clicks reach nothing: there is no Consentry to grant anything.
    await page.click('#consent-panel [data-consent-action="accept-all"]')
    await settle(page)

    expect(await page.evaluate(() => window.Consentry)).toBeUndefined()
    expect(visitor.gatedRequests()).toEqual([])
    expect((await visitor.cookies()).filter((c) => GATED_COOKIE.test(c.name))).toEqual([])
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-consent]')).map((el) =>
          el.getAttribute('data-consent-state'),
        ),
      ),
    ).not.toContain('active')
    expect(visitor.pageErrors()).toEqual([])
    expect(await page.locator('[data-panel="status"]').textContent()).toContain(
      'Consentry is not running',
    )
  })
})
