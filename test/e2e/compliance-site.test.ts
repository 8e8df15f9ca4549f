import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, settle, stateOf, useDemo, type Visitor } from './harness'

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const preferencesOf = (page: Page) => page.getByRole('dialog', { name: 'Cookie preferences' })

/** Opens every collapsed list of services or cookies in the preferences. */
async function expandAll(dialog: Locator) {
  const closed = dialog.locator('button[aria-expanded="false"]')
  while (await closed.count()) await closed.first().click()
}

/** The consent cookie's `Set-Cookie` lines in the response to a page request. */
async function consentSetCookie(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(new URL(path, page.url()).href)
  const lines = await response!.headerValues('set-cookie')
  return lines.flatMap((header) => header.split('\n')).filter((line) => /^consentry=/.test(line))
}

describe('the site around the banner', () => {
  const demo = useDemo()

  async function firstVisit() {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await bannerOf(page).waitFor()
    return { visitor, page }
  }

  const otherOrigins = (visitor: Visitor, page: Page) =>
    visitor.requests.filter((request) => new URL(request.url).origin != new URL(page.url()).origin)

  it('[perf.no-third-party] requests nothing from another site, and no web font, for the banner and the preferences with every list open', async () => {
    const { visitor, page } = await firstVisit()
    await bannerOf(page).getByRole('button', { name: 'Customize' }).click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    await expandAll(dialog)
    expect(await dialog.getByRole('table').count()).toBeGreaterThan(3)
    await settle(page)
    expect(otherOrigins(visitor, page).map((request) => request.url)).toEqual([])
    expect(visitor.requests.filter((request) => request.type == 'font')).toEqual([])
    expect(await page.evaluate(() => document.fonts.size)).toBe(0)
  })

  // EDPB guidelines 2/2023 on Art. 5(3) ePrivacy: storing or reading on the device needs consent
  // unless strictly necessary; legitimate interest is no basis for it.
  it('[banner.no-legitimate-interest] offers no legitimate-interest basis: not in the preferences, not in the config schema', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await page.locator('[data-consent-action="preferences"]').first().click()
    const dialog = preferencesOf(page)
    await dialog.waitFor()
    await expandAll(dialog)
    const text = (await dialog.innerText()).toLowerCase()
    expect(text).toMatch(/google analytics 4/)
    expect(text).not.toMatch(/legitimate|legal basis|lawful basis/)
    // Every optional switch is a consent, off until the visitor turns it on.
    const switches = dialog.getByRole('switch')
    expect(await switches.count()).toBeGreaterThan(3)
    const on = await switches.evaluateAll((all) =>
      all.filter((s) => s.getAttribute('aria-checked') == 'true' && !s.hasAttribute('disabled')),
    )
    expect(on.length).toBe(0)
    const origin = new URL(page.url()).origin
    const schema = await (await fetch(`${origin}/consentry/consentry.schema.json`)).text()
    expect(schema).toMatch(/"categories"/)
    expect(schema.toLowerCase()).not.toMatch(/legitimate|legal.?basis|lawful/)
  })

  it('[store.safari-reset] re-sets a valid consent cookie from the server with a 13-month lifetime, and never a forged one', async () => {
    const { visitor, page } = await firstVisit()
    // Before any decision there is nothing to re-set.
    expect(await consentSetCookie(page, '/')).toEqual([])
    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    const written = (await visitor.cookies()).find((cookie) => cookie.name == 'consentry')!

    const before = Date.now()
    const [line, ...more] = await consentSetCookie(page, '/blog/hello-world/')
    expect(more).toEqual([])
    const [pair, ...attributes] = line!.split('; ')
    expect(pair).toBe(`consentry=${written.value}`)
    expect(attributes).toContain('Max-Age=34187400')
    expect(attributes).toContain('Path=/')
    expect(attributes).toContain('SameSite=Lax')
    // Plain http here: no Secure, which the browser would refuse on http.
    expect(attributes).not.toContain('Secure')
    const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))!.slice(8))
    expect(expires - before).toBeGreaterThan(395 * 86400e3 - 60e3)
    expect(expires - before).toBeLessThan(396 * 86400e3)
    // The browser took it: the cookie now lives 13 months, and the choice still reads.
    const cookie = (await visitor.context.cookies()).find((c) => c.name == 'consentry')!
    expect(cookie.expires * 1000 - before).toBeGreaterThan(395 * 86400e3 - 60e3)
    await consentryReady(page)
    expect(await stateOf(page)).toMatchObject({ decided: true, method: 'accept-all' })

    // An edited value (one letter of the consent id changed), and another library's, are not.
    const url = new URL(page.url()).origin
    const edited = written.value.replace(/^1~(.)/, (_, c) => `1~${c == 'a' ? 'b' : 'a'}`)
    for (const value of [edited, 'yes', '{"analytics":true}']) {
      await visitor.context.addCookies([{ name: 'consentry', value, url }])
      expect(await consentSetCookie(page, '/'), value).toEqual([])
    }
  })

  // GDPR Art. 7(3): "It shall be as easy to withdraw as to give consent." Consent took one click
  // on the banner. Withdrawing takes one click to reopen the choice (the footer's "Cookie
  // settings", on every page of the site) and one click on "Reject all": the same one click as
  // consent, plus opening the preferences, which the banner did not need because it was already
  // open. Counted here as the visitor would.
  it('[withdraw.as-easy] withdraws in two clicks (open the preferences, Reject all) a consent given in one', async () => {
    const { visitor, page } = await firstVisit()
    let clicks = 0
    const click = async (target: Locator) => {
      clicks++
      await target.click()
    }

    await click(bannerOf(page).getByRole('button', { name: 'Accept all' }))
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    const toConsent = clicks
    expect(toConsent).toBe(1)
    expect(await page.evaluate(() => window.Consentry!.isGranted('marketing'))).toBe(true)

    clicks = 0
    await page.goto(new URL('/blog/hello-world/', page.url()).href)
    await consentryReady(page)
    await click(page.locator('footer').getByRole('link', { name: 'Cookie settings' }))
    await click(preferencesOf(page).getByRole('button', { name: 'Reject all' }))
    await page.waitForFunction(() => window.Consentry!.getState().method == 'reject-all')
    expect(clicks).toBe(2)
    expect(clicks).toBeLessThanOrEqual(toConsent + 1)
    const state = await stateOf(page)
    expect(Object.entries(state.categories).filter(([, on]) => on)).toEqual([['necessary', true]])
    await settle(page)
    const since = visitor.now()
    await page.reload()
    await consentryReady(page)
    await settle(page)
    expect(visitor.gatedRequests(since)).toEqual([])
  })
})
