import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, GATED_COOKIE, settle, stateOf, useDemo, type Visitor } from './harness'

/*
 * GDPR Art. 4(11) and the EDPB's guidelines 05/2020 on consent: consent is a clear affirmative
 * act. Scrolling, moving on, clicking elsewhere, pressing Escape or simply waiting are not, so
 * none of them may grant anything or make the banner go away as if the visitor had chosen.
 */

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })

/** Asserts that the visitor is still undecided and that nothing gated ran or left a cookie. */
async function expectNothingGranted(visitor: Visitor, page: Page) {
  await settle(page)
  expect(visitor.gatedRequests()).toEqual([])
  const state = await stateOf(page)
  expect(state.decided).toBe(false)
  expect(Object.entries(state.categories).filter(([id, on]) => on && id != 'necessary')).toEqual([])
  const names = (await visitor.cookies()).map((cookie) => cookie.name)
  expect(names).not.toContain('consentry')
  expect(names.filter((name) => GATED_COOKIE.test(name))).toEqual([])
  expect(await bannerOf(page).isVisible()).toBe(true)
}

describe('no consent is inferred', () => {
  const demo = useDemo()

  async function firstVisit(visitor?: Visitor) {
    const who = visitor || (await demo.visitor())
    const page = await who.open('/')
    await consentryReady(page)
    await bannerOf(page).waitFor()
    return { visitor: who, page }
  }

  it('[banner.no-inferred-consent] grants nothing and keeps the banner when the visitor scrolls to the end of the page', async () => {
    const { visitor, page } = await firstVisit()
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 600)
    await page.keyboard.press('End')
    await page.waitForFunction(() => scrollY > 0)
    await expectNothingGranted(visitor, page)
  })

  it('[banner.no-inferred-consent] grants nothing and keeps the banner when the visitor clicks outside it or presses Escape', async () => {
    const { visitor, page } = await firstVisit()
    // The article's text, well clear of the banner: a click that chooses nothing.
    const text = page.locator('main p:not(.entry-meta)').first()
    await text.click()
    expect(
      await text.evaluate((el) => {
        const { left, top, width, height } = el.getBoundingClientRect()
        return document.elementFromPoint(left + width / 2, top + height / 2)?.localName
      }),
    ).not.toBe('consentry-ui')
    await page.mouse.click(5, 5)
    await page.keyboard.press('Escape')
    await expectNothingGranted(visitor, page)
  })

  it('[banner.no-inferred-consent] grants nothing and asks again when the visitor follows a link to another page', async () => {
    const { visitor, page } = await firstVisit()
    await page.locator('main a[href^="/blog/"]').first().click()
    await page.waitForURL(/\/blog\//)
    await consentryReady(page)
    await bannerOf(page).waitFor()
    await expectNothingGranted(visitor, page)
  })

  it('[banner.no-inferred-consent] [a11y.reduced-motion] grants nothing and keeps the banner when an hour passes on the page', async () => {
    const visitor = await demo.visitor()
    // A fake clock from the first script on: every timer the page sets fires as the hour passes.
    await visitor.context.clock.install()
    const { page } = await firstVisit(visitor)
    await page.clock.runFor('01:00:00')
    await expectNothingGranted(visitor, page)
  })
})
