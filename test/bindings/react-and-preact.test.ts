import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { ConfigError, createConsent, type ConsentConfig } from 'consentry'
import { createUI } from 'consentry/ui'
import { setCookie, siteConfig } from '../helpers'
import { shadowWith } from '../ui/show-ui'
import { frameworks, type Element, type Framework } from './frameworks'

/** A stored "accept all", written by the browser's own code on an earlier page view. */
function storeAcceptAll() {
  const earlier = createConsent(siteConfig())
  earlier.acceptAll()
  earlier.destroy()
}

/** The components each test renders, made with one framework's binding. */
function appOf({ h, binding }: Framework) {
  const { ConsentGate, ConsentProvider, useConsent, useGranted } = binding
  function Controls() {
    const { acceptAll, rejectAll, showPreferences, state } = useConsent()
    const analytics = useGranted('analytics')
    return h(
      'div',
      null,
      h('button', { onClick: acceptAll }, 'Accept'),
      h('button', { onClick: rejectAll }, 'Reject'),
      h('button', { onClick: showPreferences }, 'Preferences'),
      h('output', null, `${state.decided ? 'decided' : 'undecided'} ${analytics ? 'on' : 'off'}`),
    )
  }
  const analyticsGate = (fallback = 'Analytics is off') =>
    h(
      ConsentGate,
      { when: 'analytics', fallback: h('p', null, fallback) },
      h('p', null, 'Analytics runs'),
    )
  const App = (config: ConsentConfig = siteConfig()): Element =>
    h(ConsentProvider, { config }, h(Controls), analyticsGate())
  return { Controls, App, analyticsGate, ConsentGate, ConsentProvider, useConsent }
}

describe.each(frameworks)('$name', (framework) => {
  const { h, testing } = framework
  const { Controls, App, analyticsGate, ConsentGate, ConsentProvider, useConsent } =
    appOf(framework)
  // Unmounting destroys each test's manager: one manager runs per document.
  afterEach(testing.cleanup)

  it('renders the not-granted branch on the server, even for a visitor who accepted', () => {
    storeAcceptAll()
    const html = framework.renderToString(App())
    expect(html).toContain('Analytics is off')
    expect(html).toContain('undecided off')
  })

  it('hydrates the server markup in place, without a mismatch, then follows the stored choice', async () => {
    storeAcceptAll()
    const container = document.createElement('div')
    container.innerHTML = framework.renderToString(App())
    document.body.append(container)
    const serverButton = container.querySelector('button')
    const errors = vi.spyOn(console, 'error')
    const hydrated = await framework.hydrate(container, App())
    onTestFinished(hydrated.unmount)
    expect(hydrated.mismatches).toEqual([])
    expect(errors).not.toHaveBeenCalled()
    // Hydration kept the server's elements rather than rendering anew.
    expect(container.querySelector('button')).toBe(serverButton)
    expect(container.textContent).toContain('Analytics runs')
    expect(container.textContent).toContain('decided on')
  })

  it('shows the children once the visitor accepts, and the fallback again once they reject', () => {
    testing.render(App())
    expect(screen.getByText('Analytics is off')).toBeTruthy()
    testing.click(screen.getByText('Accept'))
    expect(screen.getByText('Analytics runs')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('decided on')
    testing.click(screen.getByText('Reject'))
    expect(screen.getByText('Analytics is off')).toBeTruthy()
  })

  it('follows a choice made on the manager itself, as by the banner', () => {
    const seen: string[] = []
    function Manager() {
      const { consent } = useConsent()
      if (consent) seen.push('started')
      return h('button', { onClick: () => consent?.save({ categories: ['analytics'] }) }, 'Save')
    }
    const gate = h(ConsentGate, { when: 'google-analytics' }, h('p', null, 'GA runs'))
    testing.render(h(ConsentProvider, { config: siteConfig() }, h(Manager), gate))
    expect(seen).toContain('started')
    expect(screen.queryByText('GA runs')).toBeNull()
    testing.click(screen.getByText('Save'))
    expect(screen.getByText('GA runs')).toBeTruthy()
  })

  it('reports an invalid config through onError and still renders the app', () => {
    const onError = vi.fn()
    const invalid = { revision: 'one', categoriez: 42 } as unknown as ConsentConfig
    const app = h('p', null, 'The app')
    testing.render(
      h(ConsentProvider, { config: invalid, onError }, app, analyticsGate('No analytics')),
    )
    expect(screen.getByText('The app')).toBeTruthy()
    expect(screen.getByText('No analytics')).toBeTruthy()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(ConfigError)
  })

  it('starts from the initial state the server read, so that both render the same', () => {
    setCookie('unrelated')
    const initialState = {
      decided: true,
      categories: { necessary: true, analytics: true },
      services: {},
      gpc: false,
      regime: 'opt-in' as const,
      gpcBlocked: [],
    }
    const provider = h(ConsentProvider, { config: siteConfig(), initialState }, analyticsGate())
    expect(framework.renderToString(provider)).toContain('Analytics runs')
  })

  it('shows the Preact UI in its shadow root and follows the choice made there, in strict mode', async () => {
    const options = { ui: createUI() }
    testing.render(
      framework.strict(h(ConsentProvider, { config: siteConfig(), options }, h(Controls))),
    )
    const banner = await testing.waitFor(() => within(shadowWith('[role=region]')))
    testing.click(banner.getByRole('button', { name: 'Accept all' }))
    await testing.waitFor(() => expect(screen.getByRole('status').textContent).toBe('decided on'))
  })

  it('destroys its manager when unmounted, so that a new one can start', () => {
    const { unmount } = testing.render(App())
    unmount()
    const warn = vi.spyOn(console, 'warn')
    createConsent(siteConfig()).destroy()
    expect(warn).not.toHaveBeenCalled()
  })

  it('tells a component that uses the hooks outside a provider what is missing', () => {
    // React also logs the error it rethrows.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => testing.render(h(Controls))).toThrow('needs a <ConsentProvider> above it')
  })
})
