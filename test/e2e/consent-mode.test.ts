import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  consentryReady,
  GATED_COOKIE,
  hasCookie,
  screenshot,
  useDemo,
  type LoggedRequest,
  type Visitor,
} from './harness'

/*
 * Google Consent Mode v2 on the demo, as Google's tag sees it: the stand-in gtag.js reads the
 * dataLayer as gtag.js does and reports the consent state of every hit in `gcs`, so the tests
 * check what Google would be told, not only what Consentry pushed.
 */

const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-DEMO12345'
const COLLECT = 'https://www.google-analytics.com/g/collect?'

type ConsentModeState = Record<string, 'granted' | 'denied'>
const DEFAULT: ConsentModeState = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}
// The demo has no preferences category, so accepting all leaves the functional keys denied.
const ACCEPTED: ConsentModeState = {
  ...DEFAULT,
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
}

/*
 * The demo runs Consent Mode's basic mode: its Google snippet is gated, so gtag.js never loads
 * before consent and has nothing to report. To see what Google is told before a decision, the
 * first-visit tests serve the home page with one addition, right after Consentry's script tag:
 * Google's own snippet, ungated, as a site in advanced mode has it. Nothing else on the page
 * changes; the demo's gated copy stays and runs on consent as usual.
 */
const CORE = '<script src="/consentry/consentry.js"></script>'
const UNGATED_SNIPPET = `
<script async src="${GTAG}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-DEMO12345');
</script>`

/** One `dataLayer` entry: a gtag command (an `arguments` object), an array, or plain data. */
interface Entry {
  kind: 'command' | 'array' | 'data'
  items: unknown[]
}

const dataLayerOf = (page: Page): Promise<Entry[]> =>
  page.evaluate(() =>
    Array.from(window.dataLayer || [], (entry): Entry => {
      const kind =
        Object.prototype.toString.call(entry) == '[object Arguments]'
          ? 'command'
          : Array.isArray(entry)
            ? 'array'
            : 'data'
      const items = kind == 'data' ? [entry] : Array.from(entry)
      return { kind, items: items.map((item) => (item instanceof Date ? 'Date' : item)) }
    }),
  )

const isConsent = (entry: Entry, type?: string) =>
  entry.kind == 'command' && entry.items[0] == 'consent' && (!type || entry.items[1] == type)
const isTagCommand = (entry: Entry) =>
  entry.kind == 'command' && ['js', 'config', 'event'].includes(entry.items[0] as string)

/** A hit to GA4's collection endpoint, with the parameters that matter here. */
interface Hit {
  time: number
  event: string | null
  gcs: string | null
}
const hitsOf = (visitor: Visitor, since = 0): Hit[] =>
  visitor.requests
    .filter((r: LoggedRequest) => r.time >= since && r.url.startsWith(COLLECT))
    .map((r) => {
      const params = new URL(r.url).searchParams
      return { time: r.time, event: params.get('en'), gcs: params.get('gcs') }
    })

/** Waits for a hit logged at or after `since` that `matches`, and returns it. */
async function hit(visitor: Visitor, since: number, matches: (hit: Hit) => boolean = () => true) {
  await expect
    .poll(() => hitsOf(visitor, since), { timeout: 5000 })
    .toSatisfy((hits: Hit[]) => hits.some(matches))
  return hitsOf(visitor, since).find(matches)!
}

const gaCookies = async (visitor: Visitor) =>
  (await visitor.cookies()).map((c) => c.name).filter((name) => GATED_COOKIE.test(name))

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Cookie consent' })
const panelOf = (page: Page) => page.getByRole('region', { name: /^Consent panel/ })

describe('Google Consent Mode', () => {
  const demo = useDemo()

  /** A new visitor on the home page with Google's snippet ungated, once gtag.js sent a hit. */
  async function advancedFirstVisit() {
    const visitor = await demo.visitor()
    let injected = false
    await visitor.context.route(
      (url) => url.pathname == '/',
      async (route) => {
        if (route.request().resourceType() != 'document') return route.fallback()
        const response = await route.fetch()
        const html = await response.text()
        injected = html.includes(CORE)
        await route.fulfill({ response, body: html.replace(CORE, CORE + UNGATED_SNIPPET) })
      },
    )
    const page = await visitor.open('/')
    expect(injected).toBe(true)
    await consentryReady(page)
    const first = await hit(visitor, 0)
    return { visitor, page, first }
  }

  /** A visitor who accepted everything on the (unchanged) demo, on a reload of the page. */
  async function returningAfterAcceptAll() {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(() => hasCookie(page, 'consentry')).toBe(true)
    const reloaded = visitor.now()
    await page.reload()
    await consentryReady(page)
    const first = await hit(visitor, reloaded)
    return { visitor, page, reloaded, first }
  }

  it('[gcm.default-first] pushes the default, all seven keys, before any Google tag, and gtag.js reports G100 before a decision', async () => {
    const { visitor, page, first } = await advancedFirstVisit()

    const layer = await dataLayerOf(page)
    const firstConsent = layer.findIndex((entry) => isConsent(entry))
    expect(layer[firstConsent]?.items.slice(0, 2)).toEqual(['consent', 'default'])
    const params = layer[firstConsent]!.items[2] as Record<string, unknown>
    const { wait_for_update: wait, ...keys } = params
    expect(keys).toEqual(DEFAULT)
    // Only a first visit waits (the config is validated before Consentry starts).
    expect(wait).toBeGreaterThan(0)
    const firstTag = layer.findIndex(isTagCommand)
    expect(firstTag).toBeGreaterThan(-1)
    expect(firstConsent).toBeLessThan(firstTag)
    // gtag() pushes `arguments`; an array would be data to gtag.js, not a command.
    expect(layer.filter((entry) => entry.kind == 'array')).toEqual([])
    const standIn = await page.evaluate(() => window.__gtagStandIn!.commands)
    expect(standIn[0]).toEqual(['consent', 'default', params])

    expect(first).toMatchObject({ event: 'page_view', gcs: 'G100' })
    expect(await page.evaluate(() => window.Consentry!.getState().decided)).toBe(false)
    expect(hitsOf(visitor).map((h) => h.gcs)).not.toContain('G111')
    expect(await gaCookies(visitor)).toEqual([])
  })

  it('[gcm.update] [gcm.gtm-events] pushes an update on "Accept all", after which gtag.js reports G111 and GTM gets consentry_update', async () => {
    const { visitor, page } = await advancedFirstVisit()
    const before = (await dataLayerOf(page)).length
    const decided = visitor.now()
    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()

    const accepted = await hit(visitor, decided, (h) => h.gcs == 'G111')
    expect(accepted.event).toBe('page_view')
    // The update came before the demo's gated snippet ran, so no hit since says otherwise.
    expect(hitsOf(visitor, decided).filter((h) => h.gcs != 'G111')).toEqual([])

    const added = (await dataLayerOf(page)).slice(before)
    const update = added.findIndex((entry) => isConsent(entry, 'update'))
    expect(added[update]!.items[2]).toEqual(ACCEPTED)
    expect(update).toBeLessThan(added.findIndex(isTagCommand))
    expect(added.filter((entry) => isConsent(entry))).toHaveLength(1)
    const event = added.find((entry) => (entry.items[0] as { event?: string }).event)
    expect(event).toEqual({
      kind: 'data',
      items: [
        {
          event: 'consentry_update',
          consentry: {
            categories: ['necessary', 'analytics', 'marketing', 'media'],
            services: ['google-analytics', 'hotjar', 'meta-pixel', 'youtube'],
            method: 'accept-all',
          },
          _clear: true,
        },
      ],
    })
    await expect.poll(() => gaCookies(visitor)).toContain('_ga')
  })

  it('[gcm.update] tells a returning visitor’s choice right after the default, before gtag.js runs, so its first hit is G111', async () => {
    const { visitor, page, reloaded, first } = await returningAfterAcceptAll()

    expect(first).toMatchObject({ event: 'page_view', gcs: 'G111' })
    expect(hitsOf(visitor, reloaded).filter((h) => h.gcs != 'G111')).toEqual([])

    const layer = await dataLayerOf(page)
    const commands = layer.filter((entry) => entry.kind == 'command').map((entry) => entry.items)
    expect(commands).toEqual([
      ['consent', 'default', DEFAULT],
      ['consent', 'update', ACCEPTED],
      ['js', 'Date'],
      ['config', 'G-DEMO12345'],
    ])
    const defaultAt = layer.findIndex((entry) => isConsent(entry, 'default'))
    expect(isConsent(layer[defaultAt + 1]!, 'update')).toBe(true)
  })

  it('pushes an update with analytics denied on "Reject all", and gtag.js reports G111 no more', async () => {
    const { visitor, page } = await returningAfterAcceptAll()
    const before = (await dataLayerOf(page)).length
    const rejected = visitor.now()
    await panelOf(page).getByRole('button', { name: 'Reject all' }).click()

    await expect
      .poll(async () => (await dataLayerOf(page)).slice(before).filter((e) => isConsent(e)))
      .toEqual([{ kind: 'command', items: ['consent', 'update', DEFAULT] }])
    await expect.poll(() => gaCookies(visitor)).toEqual([])

    // gtag.js stays loaded after a withdrawal: its next hit must say denied and set nothing.
    await page.evaluate(() => window.gtag!('event', 'after_reject'))
    const after = await hit(visitor, rejected, (h) => h.event == 'after_reject')
    expect(after.gcs).toBe('G100')
    expect(hitsOf(visitor, rejected).filter((h) => h.gcs == 'G111')).toEqual([])
    expect(await gaCookies(visitor)).toEqual([])
  })

  it('shows the Consent Mode state in the demo panel and updates it on every change', async () => {
    const visitor = await demo.visitor()
    const page = await visitor.open('/')
    await consentryReady(page)
    const table = panelOf(page).getByRole('table', { name: /^Google Consent Mode/ })
    const shown = () =>
      table
        .getByRole('row')
        .evaluateAll((rows) =>
          Object.fromEntries(
            rows.map((row) => [
              row.querySelector('th')?.textContent?.trim(),
              row.querySelector('td')?.textContent?.trim(),
            ]),
          ),
        )
    const told = () => page.evaluate(() => window.Consentry!.getConsentMode())
    // What the panel shows when each `consentry:change` is dispatched, read by a listener added
    // after the panel's own: the panel redraws on the event itself, not on a later timer.
    await page.evaluate(() => {
      const seen: Record<string, string>[] = ((window as { seen?: unknown }).seen = [])
      addEventListener('consentry:change', () =>
        seen.push(
          Object.fromEntries(
            Array.from(document.querySelectorAll('[data-panel="consent-mode"] tr'), (row) => [
              row.querySelector('th')?.textContent,
              row.querySelector('td')?.textContent,
            ]),
          ),
        ),
      )
    })
    const seen = () => page.evaluate(() => (window as { seen?: unknown }).seen)

    await expect.poll(shown).toEqual(DEFAULT)
    expect(await told()).toEqual(DEFAULT)

    await bannerOf(page).getByRole('button', { name: 'Accept all' }).click()
    await expect.poll(seen).toEqual([ACCEPTED])
    expect(await shown()).toEqual(ACCEPTED)
    expect(await told()).toEqual(ACCEPTED)
    await table.scrollIntoViewIfNeeded()
    await screenshot(page, 'consent-mode-panel')

    await panelOf(page).getByRole('button', { name: 'Reject all' }).click()
    await expect.poll(seen).toEqual([ACCEPTED, DEFAULT])
    expect(await shown()).toEqual(DEFAULT)
    expect(await told()).toEqual(DEFAULT)
  })
})
