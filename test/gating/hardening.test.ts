import { describe, expect, it, vi } from 'vitest'
import { bindActions } from '../../src/gating/bind-actions'
import { createGate } from '../../src/gating/create-gate'

// Gated scripts run one task apart (the gate yields between them): let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
const ran = () => document.title.split(',').filter(Boolean)
const necessaryOnly = (name: string) => name == 'necessary'

describe('the gate under a nonce', () => {
  it('runs only inert scripts that carry the required nonce, and reports the others', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="necessary" nonce="n0nce">document.title += 'site,'</script>
      <script type="text/plain" data-consent="necessary" nonce="guess">document.title += 'wrong,'</script>
      <script type="text/plain" data-consent="necessary">document.title += 'none,'</script>
      <template data-consent="necessary"><script>document.title += 'template,'</script></template>`
    const onError = vi.fn()
    const gate = createGate(document, necessaryOnly, onError, { nonce: 'n0nce' })
    await flush()
    expect(ran()).toEqual(['site'])
    expect(onError).toHaveBeenCalledTimes(3)
    expect(document.querySelectorAll('[data-consent-state="refused"]')).toHaveLength(3)
    gate.destroy()
  })
})

describe('deferred URLs', () => {
  it('refuses javascript: and data: URLs, and attributes an element may not have', async () => {
    document.body.innerHTML = `
      <iframe data-consent="necessary" data-src="javascript:alert(1)" id="js"></iframe>
      <iframe data-consent="necessary" data-src=" JavaScript:alert(1)" id="js-spaced"></iframe>
      <img data-consent="necessary" data-src="/p.gif" data-srcset="/a.gif 1x, data:image/gif;base64,R0l 2x" id="srcset">
      <a data-consent="necessary" data-href="https://example.com/" id="link">x</a>
      <iframe data-consent="necessary" data-src="/embed" id="relative"></iframe>
      <img data-consent="necessary" data-srcset="https://a.example/1.gif 1x, /2.gif 2x" alt="" id="fine">`
    const onError = vi.fn()
    createGate(document, necessaryOnly, onError).destroy()
    const state = (id: string) => document.getElementById(id)!.getAttribute('data-consent-state')
    for (const id of ['js', 'js-spaced', 'srcset', 'link']) expect(state(id), id).toBe('refused')
    expect(onError).toHaveBeenCalledTimes(4)
    expect(document.getElementById('js')!.hasAttribute('src')).toBe(false)
    expect(document.getElementById('relative')!.getAttribute('src')).toBe('/embed')
    expect(document.getElementById('fine')!.getAttribute('srcset')).toBe(
      'https://a.example/1.gif 1x, /2.gif 2x',
    )
  })
})

describe('trusted markup', () => {
  it('activates only markup inside the trusted selector', async () => {
    document.body.innerHTML = `
      <main id="site"><script type="text/plain" data-consent="necessary">document.title += 'site,'</script></main>
      <div class="comment"><script type="text/plain" data-consent="necessary">document.title += 'comment,'</script></div>`
    const onError = vi.fn()
    const gate = createGate(document, necessaryOnly, onError, { trustedMarkup: '#site' })
    await flush()
    expect(ran()).toEqual(['site'])
    expect(onError).toHaveBeenCalledTimes(1)
    gate.destroy()
  })

  it('lets only controls inside the trusted selector act, and none with an invalid selector', () => {
    document.body.innerHTML = `
      <footer id="chrome"><a href="#" data-consent-action="accept-all" id="ok">Accept</a></footer>
      <div class="comment"><a href="#next" data-consent-action="accept-all" id="next">Next page</a></div>`
    const accept = vi.fn()
    const actions = {
      'accept-all': accept,
      'reject-all': vi.fn(),
      preferences: vi.fn(),
      banner: vi.fn(),
    }
    const unbind = bindActions(document, actions, { trustedMarkup: '#chrome' })
    document.getElementById('next')!.click()
    expect(accept).not.toHaveBeenCalled()
    document.getElementById('ok')!.click()
    expect(accept).toHaveBeenCalledTimes(1)
    unbind()
    const invalid = bindActions(document, actions, { trustedMarkup: '#[' })
    document.getElementById('ok')!.click()
    expect(accept).toHaveBeenCalledTimes(1)
    invalid()
  })
})

describe('scripts that will never settle', () => {
  it('does not wait for an external data block or nomodule script before a later inline one', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="necessary" data-type="application/ld+json" src="/data.json"></script>
      <script type="text/plain" data-consent="necessary" nomodule src="/legacy.js"></script>
      <script type="text/plain" data-consent="necessary">document.title += 'after,'</script>`
    const gate = createGate(document, necessaryOnly, vi.fn())
    await flush()
    // jsdom fires no load for either, as Chromium fires none: the inline script must not wait.
    expect(ran()).toEqual(['after'])
    gate.destroy()
  })
})
