import { afterEach, describe, expect, it } from 'vitest'
import { start } from '../helpers'

// Lets a few tasks pass: the preloads go out in a task after the decision.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

const preloads = () =>
  [...document.querySelectorAll('link')].map((link) => ({
    rel: link.rel,
    href: link.getAttribute('href'),
    crossorigin: link.getAttribute('crossorigin'),
    state: link.getAttribute('data-consent-state'),
  }))

afterEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

describe('gated external scripts waiting behind inline ones', () => {
  // jsdom reflects neither `integrity` nor `referrerPolicy`: test/e2e/script-preload.test.ts
  // checks that a preload carries them, in Chromium.
  it('are preloaded once granted, fetched as the scripts will be, modules as modules', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">document.title += 'inline,'</script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.example/a.js"
        crossorigin="anonymous" integrity="sha384-abc" referrerpolicy="no-referrer"></script>
      <script type="text/plain" data-consent="analytics" data-type="module" src="https://cdn.example/m.js"></script>`
    const consent = start()
    await flush()
    expect(preloads()).toEqual([])

    consent.acceptAll()
    await flush()
    expect(preloads()).toEqual([
      {
        rel: 'preload',
        href: 'https://cdn.example/a.js',
        crossorigin: 'anonymous',
        state: 'active',
      },
      {
        rel: 'modulepreload',
        href: 'https://cdn.example/m.js',
        crossorigin: null,
        state: 'active',
      },
    ])
  })

  it('are not preloaded when nothing makes them wait, nor when refused', async () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics" src="https://cdn.example/first.js"></script>
      <script type="text/plain" data-consent="analytics" async src="https://cdn.example/async.js"></script>
      <script type="text/plain" data-consent="marketing">document.title += 'inline,'</script>
      <script type="text/plain" data-consent="marketing" src="https://cdn.example/refused.js"></script>`
    start().save({ categories: ['analytics'] })
    await flush()
    expect(preloads()).toEqual([])
    expect(document.querySelectorAll('script[src="https://cdn.example/first.js"]')).toHaveLength(1)
  })
})
