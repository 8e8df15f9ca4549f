import { flushPromises, mount } from '@vue/test-utils'
import { createSSRApp, defineComponent, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { ConfigError, createConsent, type ConsentConfig } from 'consentry'
import { createUI } from 'consentry/ui'
import { ConsentGate, consentPlugin, useConsent, useGranted } from 'consentry/vue'
import { siteConfig } from '../helpers'
import { shadowWith } from '../ui/show-ui'

const Controls = defineComponent({
  setup() {
    const { acceptAll, rejectAll, state } = useConsent()
    const analytics = useGranted('analytics')
    return () =>
      h('div', [
        h('button', { onClick: acceptAll }, 'Accept'),
        h('button', { onClick: rejectAll }, 'Reject'),
        h(
          'output',
          `${state.value.decided ? 'decided' : 'undecided'} ${analytics.value ? 'on' : 'off'}`,
        ),
      ])
  },
})

const App = defineComponent({
  setup: () => () =>
    h('main', [
      h(Controls),
      h(
        ConsentGate,
        { when: 'analytics' },
        {
          default: () => h('p', 'Analytics runs'),
          fallback: () => h('p', 'Analytics is off'),
        },
      ),
    ]),
})

/** Mounts the app with the plugin, as `createApp(App).use(plugin).mount()` would. */
function mountApp(plugin = consentPlugin({ config: siteConfig() })) {
  const wrapper = mount(App, { global: { plugins: [plugin] }, attachTo: document.body })
  onTestFinished(() => wrapper.unmount())
  return wrapper
}

/** A stored "accept all", written by the browser's own code on an earlier page view. */
function storeAcceptAll() {
  const earlier = createConsent(siteConfig())
  earlier.acceptAll()
  earlier.destroy()
}

describe('consentry/vue', () => {
  it('renders the not-granted branch on the server, even for a visitor who accepted', async () => {
    storeAcceptAll()
    const app = createSSRApp(App).use(consentPlugin({ config: siteConfig() }))
    const html = await renderToString(app)
    expect(html).toContain('Analytics is off')
    expect(html).toContain('undecided off')
  })

  it('hydrates the server markup without a mismatch, then follows the stored choice', async () => {
    storeAcceptAll()
    const container = document.createElement('div')
    container.innerHTML = await renderToString(
      createSSRApp(App).use(consentPlugin({ config: siteConfig() })),
    )
    document.body.append(container)
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')
    const app = createSSRApp(App).use(consentPlugin({ config: siteConfig() }))
    app.mount(container)
    onTestFinished(() => app.unmount())
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
    await flushPromises()
    expect(container.textContent).toContain('Analytics runs')
    expect(container.textContent).toContain('decided on')
  })

  it('shows the default slot once the visitor accepts, and the fallback once they reject', async () => {
    const wrapper = mountApp()
    expect(wrapper.text()).toContain('Analytics is off')
    await wrapper.get('button:nth-of-type(1)').trigger('click')
    expect(wrapper.text()).toContain('Analytics runs')
    expect(wrapper.get('output').text()).toBe('decided on')
    await wrapper.get('button:nth-of-type(2)').trigger('click')
    expect(wrapper.text()).toContain('Analytics is off')
  })

  it('reports an invalid config through onError and still renders the app', () => {
    const onError = vi.fn()
    const invalid = { revision: 'one', categoriez: 42 } as unknown as ConsentConfig
    const wrapper = mountApp(consentPlugin({ config: invalid, onError }))
    expect(wrapper.text()).toContain('Analytics is off')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(ConfigError)
  })

  it('shows the Preact UI in its shadow root from a Vue app and follows the choice made there', async () => {
    const wrapper = mountApp(consentPlugin({ config: siteConfig(), options: { ui: createUI() } }))
    await vi.waitFor(() => shadowWith('[role=region]'))
    const accept = [...shadowWith('[role=region]').querySelectorAll('button')].find(
      (button) => button.textContent == 'Accept all',
    )!
    accept.click()
    await vi.waitFor(() => expect(wrapper.get('output').text()).toBe('decided on'))
  })

  it('destroys its manager when the app unmounts, so that a new one can start', () => {
    mount(App, { global: { plugins: [consentPlugin({ config: siteConfig() })] } }).unmount()
    const warn = vi.spyOn(console, 'warn')
    createConsent(siteConfig()).destroy()
    expect(warn).not.toHaveBeenCalled()
  })

  it('tells a component that uses the composables without the plugin what is missing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Controls)).toThrow('needs app.use(consentPlugin(…))')
  })
})
