import { describe, expect, it, vi } from 'vitest'
import { runEmbed, serveChunks, siteConfig } from '../helpers'

/*
 * The script-tag core reads other consent tools' markup with consentry-foreign.js, which it
 * fetches only for a page that has some. Until that chunk has arrived, nothing gated runs.
 */

// Gated scripts run one task apart (the gate yields between them): let a few tasks pass.
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}
// Scripts run in jsdom's own global, so they report through the shared DOM.
const ran = () => document.title.split(',').filter(Boolean)

// Without the site config's `/regex/` cookie pattern, which is validated on every page view.
const inlineConfig = () => {
  const config = siteConfig()
  config.services!.hotjar!.cookies = config.services!.hotjar!.cookies!.slice(0, 2)
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = 'consentry-config'
  script.textContent = JSON.stringify(config)
  document.head.append(script)
}

const foreignRequests = (requested: string[]) =>
  requested.filter((src) => src.endsWith('/consentry-foreign.js'))

// Cookiebot's `statistics` between two scripts of the page's own, all for analytics.
const MIXED = `
  <script type="text/plain" data-consent="analytics">document.title += 'own-before,'</script>
  <script type="text/plain" data-cookieconsent="statistics">document.title += 'cookiebot,'</script>
  <script type="text/plain" data-consent="analytics">document.title += 'own-after,'</script>`

/** Starts the core on the page and waits until it runs. */
const startCore = async () => {
  await runEmbed()
  await vi.waitFor(() => expect(window.Consentry).toBeDefined())
}

describe('other consent tools’ markup in the script tag', () => {
  it('fetches nothing more for a page without markup written for another tool', async () => {
    const chunks = serveChunks()
    inlineConfig()
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">document.title += 'own,'</script>
      <div data-name="not-a-consent-tool" data-category="news"></div>
      <script type="text/plain" data-category="analytics">document.title += 'cc,'</script>`
    // The last script names a category, but it is no longer inert: it is another tool's markup.
    document.body.lastElementChild!.setAttribute('type', 'text/javascript')
    await startCore()
    window.Consentry!.acceptAll()
    await flush()
    expect(ran()).toEqual(['own'])
    expect(foreignRequests(chunks.requested)).toEqual([])
  })

  it('runs nothing, its own markup included, until consentry-foreign.js has arrived, then everything in document order', async () => {
    const chunks = serveChunks({ hold: ['foreign'] })
    inlineConfig()
    document.body.innerHTML = MIXED
    await startCore()
    window.Consentry!.acceptAll()
    await flush()
    expect(ran()).toEqual([])
    expect(foreignRequests(chunks.requested)).toHaveLength(1)

    await chunks.pending.find((chunk) => chunk.name == 'foreign')!.load()
    await vi.waitFor(() => expect(ran()).toEqual(['own-before', 'cookiebot', 'own-after']))
  })

  it('keeps the translated markup inert until its category is granted', async () => {
    serveChunks()
    inlineConfig()
    document.body.innerHTML = MIXED
    await startCore()
    await flush()
    expect(document.querySelector('[data-cookieconsent]')!.getAttribute('data-consent')).toBe(
      'analytics',
    )
    expect(ran()).toEqual([])
    window.Consentry!.save({ categories: ['marketing'] })
    await flush()
    expect(ran()).toEqual([])
    window.Consentry!.save({ categories: ['analytics'] })
    await vi.waitFor(() => expect(ran()).toEqual(['own-before', 'cookiebot', 'own-after']))
  })

  it('fetches consentry-foreign.js once such markup is added later, and then runs it', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await startCore()
    window.Consentry!.acceptAll()
    await flush()
    expect(foreignRequests(chunks.requested)).toEqual([])

    document.body.insertAdjacentHTML(
      'beforeend',
      `<script type="text/plain" data-name="hotjar">document.title += 'klaro,'</script>`,
    )
    await vi.waitFor(() => expect(ran()).toEqual(['klaro']))
    expect(foreignRequests(chunks.requested)).toHaveLength(1)
  })

  it('leaves that markup inert and runs the rest when consentry-foreign.js cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const chunks = serveChunks({ hold: ['foreign'] })
    inlineConfig()
    document.body.innerHTML = MIXED
    await startCore()
    window.Consentry!.acceptAll()
    await flush()
    expect(ran()).toEqual([])

    chunks.pending.find((chunk) => chunk.name == 'foreign')!.fail()
    await vi.waitFor(() => expect(ran()).toEqual(['own-before', 'own-after']))
    expect(error.mock.calls.flat().join(' ')).toMatch(/cannot load .*consentry-foreign\.js/)
    // Not asked for again on this page view, whatever else the page adds.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<script type="text/plain" data-cookieconsent="statistics">document.title += 'late,'</script>`,
    )
    await flush()
    expect(foreignRequests(chunks.requested)).toHaveLength(1)
    expect(ran()).toEqual(['own-before', 'own-after'])
  })

  it('runs and changes nothing when consentry-foreign.js arrives after the manager was destroyed', async () => {
    const chunks = serveChunks({ hold: ['foreign'] })
    inlineConfig()
    document.body.innerHTML = `${MIXED}
      <iframe data-cookieconsent="statistics" data-cookieblock-src="https://example.com/embed"></iframe>`
    await startCore()
    window.Consentry!.acceptAll()
    window.Consentry!.destroy()
    await chunks.pending.find((chunk) => chunk.name == 'foreign')!.load()
    await flush()
    expect(ran()).toEqual([])
    const iframe = document.querySelector('iframe')!
    expect([iframe.getAttribute('src'), iframe.getAttribute('data-consent')]).toEqual([null, null])
  })
})
