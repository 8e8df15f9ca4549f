import { waitFor } from '@testing-library/preact'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { createConsent, type Consent } from 'consentry'
import { createUI } from 'consentry/ui'
import { siteConfig } from '../helpers'
import { microtasks } from '../signals/page'
import { uiConfig } from '../ui/show-ui'

// Gated scripts run one task apart: let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
// Scripts run in jsdom's own global, so they report through the shared DOM.
const ran = () => document.title.split(',').filter(Boolean)
const hosts = () => document.querySelectorAll('consentry-ui').length

/** createConsent with the UI, destroyed after the test. */
const create = (config: unknown = uiConfig()): Consent => {
  const consent = createConsent(config, { ui: createUI() })
  onTestFinished(() => consent.destroy())
  return consent
}

describe('createConsent called twice on a page', () => {
  it('returns the running manager with a warning: one banner, one run of each script', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="necessary">document.title += 'ran,'</script>`
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = create()
    const second = create({ ...uiConfig(), revision: 2 })
    expect(second).toBe(first)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/already runs.*destroy\(\)/)
    await waitFor(() => expect(hosts()).toBe(1))
    await flush()
    expect(hosts()).toBe(1)
    expect(ran()).toEqual(['ran'])
    // The first manager's config stays: the second's was not started.
    expect(second.config.revision).toBe(1)
  })

  it('starts afresh, without a warning, once the first is destroyed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = create()
    await waitFor(() => expect(hosts()).toBe(1))
    first.acceptAll()
    first.destroy()
    expect(hosts()).toBe(0)
    const next = create()
    expect(next).not.toBe(first)
    expect(next.getState()).toMatchObject({ decided: true, method: 'accept-all' })
    expect(warn).not.toHaveBeenCalled()
    // A second destroy() of the first leaves the page to the new one.
    first.destroy()
    expect(create()).toBe(next)
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('shows nothing for a destroyed manager, and its UI can serve the next one', async () => {
    const ui = createUI()
    const first = createConsent(uiConfig(), { ui })
    first.destroy()
    first.showBanner()
    first.showPreferences()
    await microtasks()
    await flush()
    expect(hosts()).toBe(0)
    const next = createConsent(uiConfig(), { ui })
    onTestFinished(() => next.destroy())
    await waitFor(() => expect(hosts()).toBe(1))
  })

  it('lets managers without a document (server-side rendering) coexist', () => {
    const warn = vi.spyOn(console, 'warn')
    const one = createConsent(siteConfig(), { document: null })
    const two = createConsent(siteConfig(), { document: null })
    expect(two).not.toBe(one)
    expect(warn).not.toHaveBeenCalled()
    one.destroy()
    two.destroy()
  })
})
