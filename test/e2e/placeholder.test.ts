import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { consentryReady, screenshot, settle, stateOf, useDemo } from './harness'

const YOUTUBE = 'https://www.youtube-nocookie.com/embed/'
const VIDEO = 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'

const placeholderOf = (page: Page) => page.getByRole('group', { name: 'Content from YouTube' })
const frameOf = (page: Page) => page.locator('iframe[data-consent="youtube"]')

/** Whether the YouTube frame navigated to the video (it is cross-origin: ask Playwright). */
const videoLoaded = (page: Page) => page.frames().some((frame) => frame.url() == VIDEO)

describe('an embed placeholder', () => {
  const demo = useDemo()

  /** A visitor who pressed "Reject all" in the banner, and the page once it is quiet. */
  async function rejected() {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    const banner = page.getByRole('region', { name: 'Cookie consent' })
    await banner.getByRole('button', { name: 'Reject all' }).click()
    await banner.waitFor({ state: 'detached' })
    await page.waitForFunction(() => window.Consentry!.getState().decided)
    await settle(page)
    expect(visitor.gatedRequests()).toEqual([])
    return { visitor, page }
  }

  it('stands in for a refused YouTube video, naming the service, with two buttons', async () => {
    const { visitor, page } = await rejected()
    const placeholder = placeholderOf(page)
    await placeholder.waitFor()
    expect(await placeholder.textContent()).toContain(
      'This content is hosted by YouTube. Loading it shares data with YouTube',
    )
    expect(await placeholder.getByRole('button').allTextContents()).toEqual([
      'Load this once',
      'Always allow YouTube',
    ])
    // It takes the video's place: the same box, and the frame itself is out of the way.
    const [stand, frame] = await Promise.all([
      placeholder.boundingBox(),
      page
        .locator('.wp-block-embed__wrapper')
        .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    ])
    expect(stand!.width).toBeCloseTo(frame.width, 1)
    expect(stand!.height).toBeCloseTo(frame.height, 1)
    expect(await frameOf(page).isHidden()).toBe(true)
    await screenshot(page, 'placeholder')
    expect(visitor.gatedRequests()).toEqual([])
  })

  it('loads the video once on "Load this once", storing no consent for YouTube', async () => {
    const { visitor, page } = await rejected()
    const loaded = visitor.now()
    await placeholderOf(page).getByRole('button', { name: 'Load this once' }).click()
    await visitor.waitForRequest(VIDEO, loaded)
    await placeholderOf(page).waitFor({ state: 'detached' })
    await expect.poll(() => videoLoaded(page)).toBe(true)
    expect(await frameOf(page).isVisible()).toBe(true)
    expect(visitor.gatedRequests().map((r) => r.url)).toEqual([VIDEO])
    expect(await page.evaluate(() => window.Consentry!.isGranted('youtube'))).toBe(false)
    expect(await stateOf(page)).toMatchObject({
      method: 'reject-all',
      services: { youtube: false },
    })

    // Once means once: the next page asks again, and loads nothing.
    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await placeholderOf(page).waitFor()
    await settle(page)
    expect(visitor.gatedRequests(reloaded)).toEqual([])
    expect(videoLoaded(page)).toBe(false)
    expect(visitor.pageErrors()).toEqual([])
    expect(visitor.consoleErrors()).toEqual([])
  })

  it('remembers "Always allow YouTube", keeping every other choice, and loads the video directly next time', async () => {
    const { visitor, page } = await rejected()
    const allowed = visitor.now()
    await placeholderOf(page).getByRole('button', { name: 'Always allow YouTube' }).click()
    await placeholderOf(page).waitFor({ state: 'detached' })
    await visitor.waitForRequest(VIDEO, allowed)
    await expect.poll(() => videoLoaded(page)).toBe(true)
    expect(await page.evaluate(() => window.Consentry!.isGranted('youtube'))).toBe(true)
    expect(await stateOf(page)).toMatchObject({
      decided: true,
      method: 'custom',
      categories: { analytics: false, marketing: false, media: false },
      services: { 'google-analytics': false, hotjar: false, 'meta-pixel': false, youtube: true },
    })
    await settle(page)
    expect(visitor.gatedRequests().map((r) => r.host)).toEqual(['www.youtube-nocookie.com'])

    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await visitor.waitForRequest(YOUTUBE, reloaded)
    await settle(page)
    expect(videoLoaded(page)).toBe(true)
    expect(await placeholderOf(page).count()).toBe(0)
    expect(visitor.gatedRequests(reloaded).map((r) => r.host)).toEqual(['www.youtube-nocookie.com'])
    expect(visitor.pageErrors()).toEqual([])
  })

  it('downloads no UI code on the next visit once YouTube is always allowed', async () => {
    const { visitor, page } = await rejected()
    await placeholderOf(page).getByRole('button', { name: 'Always allow YouTube' }).click()
    await page.waitForFunction(() => window.Consentry!.isGranted('youtube'))

    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    await visitor.waitForRequest(YOUTUBE, reloaded)
    await settle(page)
    // Every gated frame on this page is granted, there is no floating button and nothing to
    // ask: the page needs none of the UI.
    expect(
      visitor.requests
        .filter((r) => r.time >= reloaded && r.path.startsWith('/consentry/'))
        .map((r) => r.path),
    ).toEqual(['/consentry/consentry.js'])
  })
})
