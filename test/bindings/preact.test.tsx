import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact'
import { hydrate, render as renderInto } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { ConfigError, createConsent, type ConsentConfig } from 'consentry'
import { createUI } from 'consentry/ui'
import { ConsentGate, ConsentProvider, useConsent, useGranted } from 'consentry/preact'
import { setCookie, siteConfig } from '../helpers'
import { shadowWith } from '../ui/show-ui'

function Controls() {
  const { acceptAll, rejectAll, showPreferences, state } = useConsent()
  const analytics = useGranted('analytics')
  return (
    <div>
      <button onClick={acceptAll}>Accept</button>
      <button onClick={rejectAll}>Reject</button>
      <button onClick={showPreferences}>Preferences</button>
      <output>{`${state.decided ? 'decided' : 'undecided'} ${analytics ? 'on' : 'off'}`}</output>
    </div>
  )
}

const App = ({ config = siteConfig() }: { config?: ConsentConfig }) => (
  <ConsentProvider config={config}>
    <Controls />
    <ConsentGate when="analytics" fallback={<p>Analytics is off</p>}>
      <p>Analytics runs</p>
    </ConsentGate>
  </ConsentProvider>
)

/** A stored "accept all", written by the browser's own code on an earlier page view. */
function storeAcceptAll() {
  const earlier = createConsent(siteConfig())
  earlier.acceptAll()
  earlier.destroy()
}

// Unmounting destroys each test's manager: one manager runs per document.
afterEach(cleanup)

describe('consentry/preact', () => {
  it('renders the not-granted branch on the server, even for a visitor who accepted', () => {
    storeAcceptAll()
    const html = renderToString(<App />)
    expect(html).toContain('Analytics is off')
    expect(html).toContain('undecided off')
  })

  it('hydrates the server markup in place, then follows the stored choice', async () => {
    storeAcceptAll()
    const container = document.createElement('div')
    container.innerHTML = renderToString(<App />)
    document.body.append(container)
    const serverButton = container.querySelector('button')
    await act(() => hydrate(<App />, container))
    onTestFinished(() => renderInto(null, container))
    // Hydration kept the server's elements rather than rendering anew.
    expect(container.querySelector('button')).toBe(serverButton)
    expect(container.textContent).toContain('Analytics runs')
    expect(container.textContent).toContain('decided on')
  })

  it('shows the children once the visitor accepts, and the fallback again once they reject', () => {
    render(<App />)
    expect(screen.getByText('Analytics is off')).toBeTruthy()
    fireEvent.click(screen.getByText('Accept'))
    expect(screen.getByText('Analytics runs')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('decided on')
    fireEvent.click(screen.getByText('Reject'))
    expect(screen.getByText('Analytics is off')).toBeTruthy()
  })

  it('follows a choice made on the manager itself, as by the banner', () => {
    const seen: string[] = []
    function Manager() {
      const { consent } = useConsent()
      if (consent) seen.push('started')
      return <button onClick={() => consent?.save({ categories: ['analytics'] })}>Save</button>
    }
    render(
      <ConsentProvider config={siteConfig()}>
        <Manager />
        <ConsentGate when="google-analytics">
          <p>GA runs</p>
        </ConsentGate>
      </ConsentProvider>,
    )
    expect(seen).toContain('started')
    expect(screen.queryByText('GA runs')).toBeNull()
    fireEvent.click(screen.getByText('Save'))
    expect(screen.getByText('GA runs')).toBeTruthy()
  })

  it('reports an invalid config through onError and still renders the app', () => {
    const onError = vi.fn()
    const invalid = { revision: 'one', categoriez: 42 } as unknown as ConsentConfig
    render(
      <ConsentProvider config={invalid} onError={onError}>
        <p>The app</p>
        <ConsentGate when="analytics" fallback={<p>No analytics</p>}>
          <p>Analytics</p>
        </ConsentGate>
      </ConsentProvider>,
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
    const html = renderToString(
      <ConsentProvider config={siteConfig()} initialState={initialState}>
        <ConsentGate when="analytics">
          <p>Analytics runs</p>
        </ConsentGate>
      </ConsentProvider>,
    )
    expect(html).toContain('Analytics runs')
  })

  it('shows the UI in its shadow root and follows the choice made there', async () => {
    render(
      <ConsentProvider config={siteConfig()} options={{ ui: createUI() }}>
        <Controls />
      </ConsentProvider>,
    )
    const banner = await waitFor(() => within(shadowWith('[role=region]')))
    fireEvent.click(banner.getByRole('button', { name: 'Accept all' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('decided on'))
  })

  it('destroys its manager when unmounted, so that a new one can start', () => {
    const { unmount } = render(<App />)
    unmount()
    const warn = vi.spyOn(console, 'warn')
    createConsent(siteConfig()).destroy()
    expect(warn).not.toHaveBeenCalled()
  })

  it('tells a component that uses the hooks outside a provider what is missing', () => {
    expect(() => render(<Controls />)).toThrow('needs a <ConsentProvider> above it')
  })
})
