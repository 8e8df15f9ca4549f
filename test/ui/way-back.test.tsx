import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fireEvent, waitFor } from '@testing-library/preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Texts } from 'consentry/ui'
import { FLOATING_LABELS } from '../../src/ui/floating-labels'
import { focused, showUI, ui, uiConfig } from './show-ui'

const withUI = (settings: NonNullable<ReturnType<typeof uiConfig>['ui']>) => ({
  ...uiConfig(),
  ui: settings,
})

/** The floating button, if it is on the page. */
const floatingButton = () =>
  Array.from(document.querySelectorAll('consentry-ui'))
    .map((host) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part=floating-button]'))
    .find(Boolean)

/** A "Cookie settings" link of the site's own, as a footer would have it. */
const addPageControl = () => {
  const link = Object.assign(document.createElement('a'), { href: '#', textContent: 'Cookies' })
  link.dataset.consentAction = 'preferences'
  document.body.append(link)
  return link
}

afterEach(() => vi.restoreAllMocks())

describe('the way back to the preferences', () => {
  it('[withdraw.as-easy] shows the floating button after a decision by default, and it opens the preferences', async () => {
    await showUI()
    expect(floatingButton()).toBeUndefined()
    fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
    await waitFor(() => expect(floatingButton()).toBeTruthy())
    const button = floatingButton()!
    expect(button.getAttribute('aria-label')).toBe('Cookie settings')
    button.focus()
    fireEvent.click(button)
    expect(ui().getByRole('dialog', { name: 'Cookie preferences' })).toBeTruthy()
    fireEvent.keyDown(focused()!, { key: 'Escape' })
    expect(focused()).toBe(button)
  })

  it('[withdraw.as-easy] leaves the way back to a control of the page, noticing one added or removed later', async () => {
    const control = addPageControl()
    const consent = await showUI()
    consent.acceptAll()
    await waitFor(() => expect(consent.getState().decided).toBe(true))
    expect(floatingButton()).toBeUndefined()
    control.remove()
    await waitFor(() => expect(floatingButton()).toBeTruthy())
    const footer = document.createElement('footer')
    footer.innerHTML = '<button data-consent-action="preferences">Cookie settings</button>'
    document.body.append(footer)
    await waitFor(() => expect(floatingButton()).toBeUndefined())
  })

  it('shows the floating button whatever the page has when the config asks for it', async () => {
    addPageControl()
    const consent = await showUI(withUI({ floatingButton: 'bottom-right' }))
    consent.rejectAll()
    await waitFor(() => expect(floatingButton()).toBeTruthy())
    expect(floatingButton()!.className).toContain('right')
  })

  it('hides the floating button again after reset(), while the banner asks', async () => {
    const consent = await showUI()
    consent.acceptAll()
    await waitFor(() => expect(floatingButton()).toBeTruthy())
    consent.reset()
    await waitFor(() => expect(floatingButton()).toBeUndefined())
  })

  it('[withdraw.as-easy] warns once when floatingButton is false and the page has no control of its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const consent = await showUI(withUI({ floatingButton: false }))
    consent.rejectAll()
    await waitFor(() => expect(consent.getState().decided).toBe(true))
    expect(floatingButton()).toBeUndefined()
    const warnings = warn.mock.calls.map(([message]) => String(message))
    expect(warnings.filter((message) => /cannot withdraw/.test(message))).toHaveLength(1)
  })

  it('[gpc.never-grants] says in words on the floating button that a GPC opt-out is honored', async () => {
    const consent = await showUI({ ...uiConfig(), regime: 'opt-out' }, undefined, { gpc: true })
    // GPC answered everything: no banner, and the way back says why.
    expect(consent.getState()).toMatchObject({ decided: true, method: 'gpc' })
    await waitFor(() => expect(floatingButton()).toBeTruthy())
    const button = floatingButton()!
    expect(button.textContent).toBe('Opt-out request honored')
    expect(button.getAttribute('aria-label')).toBe('Cookie settings: Opt-out request honored')
  })
})

describe("the floating button's own labels", () => {
  it('match every translation, so consentry-floating.js speaks the language the UI speaks', async () => {
    const dir = join(__dirname, '../../src/ui/lang')
    const codes = readdirSync(dir).map((file) => file.replace(/\.ts$/, ''))
    expect(Object.keys(FLOATING_LABELS).sort()).toEqual(codes.sort())
    for (const code of codes) {
      const texts = (await import(`../../src/ui/lang/${code}.ts`))[code] as Texts
      expect([code, ...FLOATING_LABELS[code]!]).toEqual([code, texts.reopen, texts.gpcHonored])
    }
  })
})
