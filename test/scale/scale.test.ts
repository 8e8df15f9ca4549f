import { fireEvent, waitFor, within } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { checkConfig, type ConsentConfig } from 'consentry'
import { cookies, setCookie, siteConfig, start } from '../helpers'
import { showUI, ui } from '../ui/show-ui'

/*
 * Scale, as issue 5 sets it: a config with 500 services and 2,000 cookie declarations, and a
 * page with 500 gated scripts and 300 cookies. These tests show it all works; how long it takes
 * in a throttled Chromium is `npm run bench`'s job (no timed assertions here).
 */

const SERVICES = 500
const CATEGORIES = ['analytics', 'marketing', 'media'] as const

/** 500 services over three categories, four cookie patterns each: 2,000 declarations. */
const largeConfig = (): ConsentConfig => {
  const config = siteConfig()
  for (let i = 0; i < SERVICES; i++)
    config.services![`svc-${i}`] = {
      category: CATEGORIES[i % 3]!,
      name: `Service ${i}`,
      cookies: [
        { name: `_s${i}_id`, duration: '2 years' },
        { name: `_s${i}_ses`, duration: 'session' },
        { name: `_s${i}_{hash}`, duration: '30 days' },
        { name: `s${i}-pref-*`, duration: '1 year' },
      ],
    }
  return config
}

const declarations = (config: ConsentConfig) =>
  Object.values(config.services!).reduce((sum, service) => sum + (service.cookies?.length || 0), 0)

describe('a config with 500 services and 2,000 cookie declarations', () => {
  it('validates, starts, and keeps its consent cookie small after any all-or-nothing choice', () => {
    const config = largeConfig()
    expect(declarations(config)).toBeGreaterThanOrEqual(2000)
    expect(checkConfig(config)).toEqual([])
    const consent = start(config)
    expect(consent.getState().decided).toBe(false)
    consent.acceptAll()
    expect(Object.values(consent.getState().services).every(Boolean)).toBe(true)
    expect(cookies().consentry!.length).toBeLessThan(200)
    consent.rejectAll()
    expect(cookies().consentry!.length).toBeLessThan(200)
    expect(start(config).isGranted('svc-499')).toBe(false)
  })

  it('lists a category of 167 services in the preferences, and saves one chosen there', async () => {
    const config = largeConfig()
    const consent = await showUI(config)
    fireEvent.click(ui().getByRole('button', { name: 'Customize' }))
    const dialog = within(ui().getByRole('dialog', { name: 'Cookie preferences' }))
    // Marketing holds every third service: 167 of them, each with its switch.
    const marketing = dialog.getByRole('heading', { name: 'Marketing' }).closest('li')!
    fireEvent.click(within(marketing).getByRole('button', { expanded: false }))
    expect(within(marketing).getAllByRole('switch', { name: /^Service \d+$/ })).toHaveLength(167)
    fireEvent.click(dialog.getByRole('switch', { name: 'Service 250' }))
    fireEvent.click(dialog.getByRole('button', { name: 'Save choices' }))
    // The dialog closes first; the choice is made a frame later.
    await waitFor(() => expect(consent.getState().decided).toBe(true))
    expect(consent.getState().services['svc-250']).toBe(true)
    expect(consent.getState().services['svc-251']).toBe(false)
  }, 60_000)
})

describe('a page with 500 gated scripts and 300 cookies', () => {
  it('runs every script after "Accept all" and deletes every declared cookie after "Reject all"', async () => {
    const config = largeConfig()
    // 300 cookies: 200 declared by the services (to be deleted on refusal), 100 of the page's own.
    for (let i = 0; i < 200; i++) setCookie(`_s${i}_id`)
    for (let i = 0; i < 100; i++) setCookie(`page_cookie_${i}`)
    document.body.innerHTML = Array.from(
      { length: 500 },
      (_, i) =>
        `<script type="text/plain" data-consent="svc-${i}">document.body.dataset.ran = +(document.body.dataset.ran || 0) + 1</script>`,
    ).join('')
    const consent = start(config)
    consent.acceptAll()
    // Scripts run one task apart (a click stays responsive), and in document order.
    await expect.poll(() => document.body.dataset.ran, { timeout: 50_000 }).toBe('500')
    consent.rejectAll()
    const left = Object.keys(cookies())
    expect(left.filter((name) => /^_s\d+_id$/.test(name))).toEqual([])
    expect(left.filter((name) => name.startsWith('page_cookie_'))).toHaveLength(100)
  }, 60_000)
})
