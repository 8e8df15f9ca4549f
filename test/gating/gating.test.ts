import { describe, expect, it, vi } from 'vitest'
import { start } from '../helpers'

// Gated scripts run one task apart (the gate yields between them): let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
// Scripts run in jsdom's own global, so they report through the shared DOM.
const ran = () => document.title.split(',').filter(Boolean)

describe('gated scripts', () => {
  it('keeps a gated script inert until its category is granted', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">document.title += 'analytics,'</script>`
    const consent = start()
    await flush()
    expect(ran()).toEqual([])
    consent.acceptAll()
    await flush()
    expect(ran()).toEqual(['analytics'])
  })

  it('runs a script gated on a service id when only that service is granted', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="hotjar">document.title += 'hotjar,'</script>
      <script type="text/plain" data-consent="google-analytics">document.title += 'ga,'</script>
      <script type="text/plain" data-consent="analytics">document.title += 'analytics,'</script>`
    start().save({ services: ['hotjar'] })
    await flush()
    expect(ran()).toEqual(['hotjar'])
  })

  it('keeps scripts inert after "Reject all" and for unknown names', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">document.title += 'analytics,'</script>
      <script type="text/plain" data-consent="analytcs">document.title += 'typo,'</script>
      <script type="text/plain" data-consent="">document.title += 'empty,'</script>`
    const consent = start()
    consent.rejectAll()
    await flush()
    expect(ran()).toEqual([])
    consent.acceptAll()
    await flush()
    expect(ran()).toEqual(['analytics'])
  })

  it('runs scripts of required categories at once', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="necessary">document.title += 'n,'</script>`
    start()
    await flush()
    expect(ran()).toEqual(['n'])
  })

  it('replaces the inert element with a fresh one carrying its attributes', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" data-type="module"
      src="https://www.googletagmanager.com/gtag/js?id=G-1" async nonce="abc" integrity="sha384-x"
      crossorigin="anonymous" referrerpolicy="no-referrer" defer id="gtag" data-extra="1"></script>`
    start().acceptAll()
    await flush()
    const live = document.querySelector('script')!
    expect(live.type).toBe('module')
    expect(live.src).toBe('https://www.googletagmanager.com/gtag/js?id=G-1')
    expect(live.async).toBe(true)
    expect(live.defer).toBe(true)
    expect(live.nonce).toBe('abc')
    expect(live.getAttribute('integrity')).toBe('sha384-x')
    expect(live.getAttribute('crossorigin')).toBe('anonymous')
    expect(live.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(live.id).toBe('gtag')
    expect(live.dataset.extra).toBe('1')
    expect(live.dataset.consent).toBe('analytics')
    expect(live.dataset.consentState).toBe('active')
    expect(live.hasAttribute('data-type')).toBe(false)
  })

  it('keeps document order: an inline script waits for the external scripts before it', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://cdn.example/lib.js"></script>
      <script type="text/plain" data-consent="analytics">document.title += 'inline after lib,'</script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.example/plugin.js"></script>
      <script type="text/plain" data-consent="analytics">document.title += 'inline after plugin,'</script>`
    start().acceptAll()
    await flush()
    const external = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))
    // lib.js is in the page and loading; nothing after it may run yet.
    expect(external().map((s) => s.type)).toEqual(['', 'text/plain'])
    expect(external()[0]!.async).toBe(false)
    expect(ran()).toEqual([])
    external()[0]!.dispatchEvent(new Event('load'))
    await flush()
    expect(ran()).toEqual(['inline after lib'])
    expect(external()[1]!.type).toBe('')
    external()[1]!.dispatchEvent(new Event('error'))
    await flush()
    // A failed script does not stop the ones after it.
    expect(ran()).toEqual(['inline after lib', 'inline after plugin'])
  })

  it('reports a gated script that fails to load', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="hotjar" src="https://x.example/h.js"></script>`
    const consent = start()
    const errors = vi.fn()
    consent.on('error', errors)
    consent.acceptAll()
    await flush()
    document.querySelector('script')!.dispatchEvent(new Event('error'))
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'script',
        name: 'hotjar',
        element: document.querySelector('script'),
      }),
    )
  })

  it('gates scripts added after start-up, as an SPA route or AJAX would', async () => {
    const consent = start()
    consent.acceptAll()
    const script = document.createElement('script')
    script.type = 'text/plain'
    script.dataset.consent = 'analytics'
    script.text = "document.title += 'late,'"
    document.body.append(script)
    await flush()
    expect(ran()).toEqual(['late'])

    consent.rejectAll()
    const wrapper = document.createElement('div')
    wrapper.innerHTML = `<script type="text/plain" data-consent="analytics">document.title += 'denied,'</script>`
    document.body.append(wrapper)
    await flush()
    expect(ran()).toEqual(['late'])
  })

  it('stops gating after destroy()', async () => {
    const consent = start()
    consent.destroy()
    consent.acceptAll()
    document.body.innerHTML = `<script type="text/plain" data-consent="necessary">document.title += 'x,'</script>`
    await flush()
    expect(ran()).toEqual([])
  })
})

describe('gated elements', () => {
  it('gives iframes, images, media and links their real attributes only when granted', async () => {
    document.body.innerHTML = `
      <iframe data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/abc"></iframe>
      <img data-consent="marketing" data-src="https://px.example/p.gif" data-srcset="https://px.example/p2.gif 2x" alt="">
      <video data-consent="media" data-poster="https://v.example/p.jpg"><source data-consent="media" data-src="https://v.example/v.mp4"></video>
      <link data-consent="marketing" rel="stylesheet" data-href="https://fonts.example/f.css">
      <embed data-consent="media" data-src="https://v.example/e.swf">`
    const consent = start()
    await flush()
    expect(document.querySelectorAll('[src], [srcset], [href], [poster]')).toHaveLength(0)

    const load = vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => {})
    consent.save({ services: ['youtube'] })
    expect(document.querySelector('iframe')!.src).toBe('https://www.youtube-nocookie.com/embed/abc')
    expect(document.querySelector('iframe')!.dataset.consentState).toBe('active')
    expect(document.querySelector('img')!.hasAttribute('src')).toBe(false)

    consent.acceptAll()
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://px.example/p.gif')
    expect(document.querySelector('img')!.getAttribute('srcset')).toBe(
      'https://px.example/p2.gif 2x',
    )
    expect(document.querySelector('img')!.hasAttribute('data-src')).toBe(false)
    expect(document.querySelector('video')!.getAttribute('poster')).toBe('https://v.example/p.jpg')
    expect(document.querySelector('source')!.getAttribute('src')).toBe('https://v.example/v.mp4')
    expect(load).toHaveBeenCalled()
    expect(document.querySelector('link')!.getAttribute('href')).toBe('https://fonts.example/f.css')
    expect(document.querySelector('embed')!.getAttribute('src')).toBe('https://v.example/e.swf')
  })

  it('inserts a template’s content once, running its scripts through the same gate', async () => {
    document.body.innerHTML = `
      <template data-consent="marketing"><img src="https://px.example/p.gif" alt=""><script>document.title += 'pixel,'</script></template>
      <p id="after"></p>`
    const consent = start()
    await flush()
    expect(document.querySelectorAll('img')).toHaveLength(0)
    consent.acceptAll()
    await flush()
    expect(document.querySelectorAll('img')).toHaveLength(1)
    expect(document.querySelector('template + img')).not.toBeNull()
    expect(ran()).toEqual(['pixel'])
    consent.rejectAll()
    consent.acceptAll()
    await flush()
    expect(document.querySelectorAll('img')).toHaveLength(1)
    expect(ran()).toEqual(['pixel'])
  })
})

describe('data-consent-action controls', () => {
  it('[withdraw.as-easy] accept, reject and open views from any element, including ones added later', async () => {
    const consent = start()
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    document.body.innerHTML = `
      <button data-consent-action="accept-all">Accept</button>
      <a href="#x" data-consent-action="reject-all"><span>Reject</span></a>
      <a href="#p" data-consent-action="preferences">Cookie settings</a>
      <button data-consent-action="banner">Banner</button>
      <button data-consent-action="constructor">Nothing</button>`
    const click = (selector: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true })
      document.querySelector(selector)!.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(click('[data-consent-action="accept-all"]')).toBe(true)
    expect(consent.getState().method).toBe('accept-all')
    expect(click('span')).toBe(true)
    expect(consent.getState().method).toBe('reject-all')
    expect(click('[href="#p"]')).toBe(true)
    expect(info).toHaveBeenLastCalledWith(
      expect.stringContaining('the preferences cannot be shown'),
    )
    click('[data-consent-action="banner"]')
    expect(info).toHaveBeenLastCalledWith(expect.stringContaining('the banner cannot be shown'))
    expect(click('[data-consent-action="constructor"]')).toBe(false)
  })
})

describe('scripts inside a gated template', () => {
  it('keep their own type: modules run as modules and data blocks stay data', async () => {
    document.body.innerHTML = `<template data-consent="marketing"><script type="module">document.title += 'module,'</script><script type="application/ld+json">{"a":1}</script></template>`
    start().acceptAll()
    await flush()
    const types = Array.from(document.querySelectorAll('script')).map((s) => s.type)
    expect(types).toEqual(['module', 'application/ld+json'])
  })
})
