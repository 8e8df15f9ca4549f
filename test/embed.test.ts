import { describe, expect, it, vi } from 'vitest'
import { compileText } from '../src/cli/compile'
import { runEmbed, serveChunks, siteConfig } from './helpers'
import { page, signalConfig } from './signals/page'

// The site's config without its `/regex/` pattern: the core validates a config with one on every
// page view (only the validator bounds a regular expression's cost).
const embedConfig = () => {
  const config = siteConfig()
  config.services!.hotjar!.cookies = config.services!.hotjar!.cookies!.slice(0, 2)
  return config
}

const inlineConfig = (config: unknown = embedConfig()) => {
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = 'consentry-config'
  script.textContent = typeof config == 'string' ? config : JSON.stringify(config)
  document.head.append(script)
}

const named = (requested: string[], name: string) =>
  requested.filter((src) => src.endsWith(`/consentry-${name}.js`))

const gatedScript = () =>
  (document.body.innerHTML = `<script type="text/plain" data-consent="necessary">document.title += 'ran,'</script>`)

/** Runs the core until it has started, then leaves the page as a navigation would. */
const firstPageView = async () => {
  await runEmbed()
  await vi.waitFor(() => expect(window.Consentry).toBeDefined())
  window.Consentry!.destroy()
  delete window.Consentry
  delete window.ConsentryChunks
}

describe('the script-tag core', () => {
  it('validates a new config with consentry-check.js, then starts', async () => {
    const chunks = serveChunks()
    inlineConfig()
    gatedScript()
    await runEmbed()
    expect(window.Consentry).toBeUndefined()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(named(chunks.requested, 'check')).toHaveLength(1)
    // The banner is due, but what writes the decision waits until it has painted (the UI chunk
    // never arrives here).
    expect(named(chunks.requested, 'write')).toHaveLength(0)
    expect(window.Consentry!.getState().decided).toBe(false)
    await vi.waitFor(() => expect(document.title).toBe('ran,'))
  })

  it('starts at once, loading nothing, for a config this browser already validated', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()

    await runEmbed()
    expect(window.Consentry).toBeDefined()
    expect(named(chunks.requested, 'check')).toHaveLength(1)
  })

  it('validates again when the config changes', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()
    document.getElementById('consentry-config')!.textContent = JSON.stringify({
      ...embedConfig(),
      revision: 2,
    })

    await runEmbed()
    expect(window.Consentry).toBeUndefined()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(named(chunks.requested, 'check')).toHaveLength(2)
  })

  it('reports an invalid config by JSON path in the console and activates nothing', async () => {
    serveChunks()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const config = siteConfig()
    config.categories.analytics!.cookies = [{ name: 42 as unknown as string }]
    inlineConfig(config)
    gatedScript()
    await runEmbed()
    await vi.waitFor(() => expect(error).toHaveBeenCalled())
    expect(error.mock.calls[0]!.join(' ')).toContain(
      'categories.analytics.cookies[0].name: expected a string, got 42',
    )
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(window.Consentry).toBeUndefined()
    expect(document.title).toBe('')
    expect(localStorage.length).toBe(0)
  })

  it('reports JSON that does not parse', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    inlineConfig('{ "revision": 1, ')
    await runEmbed()
    expect(error.mock.calls[0]![0]).toMatch(
      /^Consentry: #consentry-config is not valid JSON \(line 1, column \d+\)/,
    )
    expect(window.Consentry).toBeUndefined()
  })

  it('fails closed when consentry-check.js cannot be loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const observer = new MutationObserver(() => {
      const script = document.querySelector<HTMLScriptElement>('script[src$="consentry-check.js"]')
      if (script) script.dispatchEvent(new Event('error'))
    })
    observer.observe(document.head, { childList: true })
    inlineConfig()
    gatedScript()
    await runEmbed()
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith(
        expect.stringMatching(/^Consentry: cannot load .*consentry-check\.js$/),
      ),
    )
    observer.disconnect()
    expect(window.Consentry).toBeUndefined()
    expect(document.title).toBe('')
  })

  it('has window.Consentry in place when consentry:ready fires', async () => {
    serveChunks()
    inlineConfig()
    const seen: unknown[] = []
    const onReady = () => seen.push(window.Consentry)
    window.addEventListener('consentry:ready', onReady)
    await firstPageView()
    await runEmbed()
    await vi.waitFor(() => expect(seen).toHaveLength(2))
    window.removeEventListener('consentry:ready', onReady)
    expect(seen.every(Boolean)).toBe(true)
  })

  it('reads window.ConsentryConfig when there is no inline config', async () => {
    serveChunks()
    window.ConsentryConfig = embedConfig()
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
  })

  it('reports a config it cannot even serialise without throwing into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const cyclic: Record<string, unknown> = { revision: 1 }
    cyclic.self = cyclic
    window.ConsentryConfig = cyclic
    await expect(runEmbed()).resolves.toBeUndefined()
    expect(error.mock.calls[0]![0]).toMatch(/^Consentry: .*circular/i)
  })

  it('says so when it finds no config', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await runEmbed()
    expect(error.mock.calls[0]![0]).toMatch(/^Consentry: no config/)
  })

  it('stands down, with an error in the console, when included twice', async () => {
    serveChunks()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    inlineConfig()
    await runEmbed()
    await runEmbed()
    expect(error.mock.calls[0]![0]).toMatch(/^Consentry: loaded twice/)
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
  })

  it('warns about gated markup naming neither a category nor a service', async () => {
    serveChunks()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    inlineConfig()
    document.body.innerHTML = `<iframe data-consent="youtub" data-src="https://www.youtube-nocookie.com/embed/x"></iframe>`
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(warn.mock.calls[0]![0]).toContain('data-consent="youtub"')
  })

  it('[vendor.gating-only] warns about a YouTube embed from youtube.com, not youtube-nocookie.com', async () => {
    serveChunks()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    inlineConfig()
    document.body.innerHTML = `
      <iframe data-consent="youtube" data-src="https://www.youtube.com/embed/x"></iframe>
      <iframe data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/y"></iframe>`
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'Consentry: https://www.youtube.com/embed/x sets cookies once it loads: write www.youtube-nocookie.com',
    ])
  })

  it('starts at once with a compiled config, fetching neither the validator nor the presets', async () => {
    const chunks = serveChunks()
    const config = { ...embedConfig(), services: { vimeo: { preset: 'vimeo' } } }
    config.categories.media = {}
    const result = compileText(JSON.stringify(config))
    inlineConfig((result as { json: string }).json)
    await runEmbed()
    expect(window.Consentry!.config.services!.vimeo).toMatchObject({ name: 'Vimeo' })
    expect([...named(chunks.requested, 'check'), ...named(chunks.requested, 'presets')]).toEqual([])
  })

  it('validates a compiled config edited by hand after compiling', async () => {
    const chunks = serveChunks()
    const compiled = JSON.parse(
      (compileText(JSON.stringify(embedConfig())) as { json: string }).json,
    )
    compiled.categories.marketing = { required: true }
    inlineConfig(compiled)
    await runEmbed()
    expect(window.Consentry).toBeUndefined()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(named(chunks.requested, 'check')).toHaveLength(1)
  })

  it('validates a config with a /regex/ pattern on every view, whatever storage says', async () => {
    const chunks = serveChunks()
    inlineConfig(siteConfig())
    await firstPageView()
    await runEmbed()
    expect(window.Consentry).toBeUndefined()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(named(chunks.requested, 'check')).toHaveLength(2)
  })

  it('fetches the presets for a config that names one, and validates it once', async () => {
    const chunks = serveChunks()
    const config = embedConfig()
    config.categories.media = {}
    config.services!.vimeo = { preset: 'vimeo' } as never
    inlineConfig(config)
    await firstPageView()
    expect(named(chunks.requested, 'presets')).toHaveLength(1)

    // Storage keeps no preset data (it could be forged): the catalogue comes again.
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(window.Consentry!.config.services!.vimeo).toMatchObject({
      name: 'Vimeo',
      category: 'media',
      cookies: expect.arrayContaining([expect.objectContaining({ name: 'vuid' })]),
    })
    expect(named(chunks.requested, 'presets')).toHaveLength(2)
    expect(named(chunks.requested, 'check')).toHaveLength(1)
  })

  it('reports a preset it does not know by JSON path', async () => {
    serveChunks()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const config = embedConfig()
    config.services!.nope = { category: 'analytics', preset: 'no-such-service' } as never
    inlineConfig(config)
    await runEmbed()
    await vi.waitFor(() => expect(error).toHaveBeenCalled())
    expect(error.mock.calls[0]!.join(' ')).toContain('services.nope.preset: expected a preset id')
    expect(window.Consentry).toBeUndefined()
  })

  it('validates again when what storage remembers is damaged', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()
    const key = 'consentry:valid'
    localStorage.setItem(key, localStorage.getItem(key)!.slice(0, -1))

    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(named(chunks.requested, 'check')).toHaveLength(2)
  })

  it('grants at once on a decision, and writes the cookie once consentry-write.js is there', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()
    const before = named(chunks.requested, 'write').length

    await runEmbed()
    const consent = window.Consentry!
    consent.acceptAll()
    expect(consent.isGranted('analytics')).toBe(true)
    await vi.waitFor(() => expect(document.cookie).toMatch(/(^|; )consentry=1~/))
    expect(named(chunks.requested, 'write').length).toBe(before + 1)
  })

  it('fetches no writer for a returning visitor with nothing to delete, and deletes what is there', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    window.Consentry!.rejectAll()
    await vi.waitFor(() => expect(document.cookie).toMatch(/(^|; )consentry=1~/))
    window.Consentry!.destroy()
    delete window.Consentry
    delete window.ConsentryChunks
    const writes = () => named(chunks.requested, 'write').length
    const before = writes()

    await runEmbed()
    expect(window.Consentry!.getState().method).toBe('reject-all')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(writes()).toBe(before)
    window.Consentry!.destroy()
    delete window.Consentry
    delete window.ConsentryChunks

    // A tracker cookie set since: the next page view deletes it.
    document.cookie = '_ga=GA1.1.1.1; path=/'
    await runEmbed()
    await vi.waitFor(() => expect(document.cookie).not.toMatch(/(^|; )_ga=/))
    expect(writes()).toBe(before + 1)
  })
})

describe('the script-tag core and the vendors', () => {
  it('tells every vendor a service names, on a cached config, before their snippets run', async () => {
    serveChunks()
    const config = signalConfig()
    config.services!.hotjar!.cookies = config.services!.hotjar!.cookies!.slice(0, 2)
    inlineConfig(config)
    await firstPageView()
    for (const name of ['uetq', '_paq', 'ttq', 'clarity', 'ga-disable-G-TEST1']) delete page[name]

    // The next page view: the compiled config is kept, so the core starts synchronously.
    await runEmbed()
    expect(window.Consentry).toBeDefined()
    expect(page.uetq).toEqual(['consent', 'default', { ad_storage: 'denied' }])
    expect(page._paq).toEqual([['requireConsent']])
    expect(Array.from(page.ttq!)).toEqual([['holdConsent']])
    expect(page.clarity!.q!.map((call) => Array.from(call))).toEqual([
      ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
    ])
    expect(page['ga-disable-G-TEST1']).toBe(true)
    // Meta's snippet, arriving after the core, finds its consent call queued before its init.
    const queue: unknown[][] = []
    page.fbq = Object.assign((...args: unknown[]) => void queue.push(args), { queue })
    page.fbq('init', '123')
    expect(queue).toEqual([
      ['consent', 'revoke'],
      ['init', '123'],
    ])

    window.Consentry!.acceptAll()
    expect(page.uetq!.slice(3)).toEqual(['consent', 'update', { ad_storage: 'granted' }])
    expect(page._paq!.at(-1)).toEqual(['setConsentGiven'])
    expect(page.ttq!.at(-1)).toEqual(['grantConsent'])
    expect(page['ga-disable-G-TEST1']).toBe(false)
    expect(queue.at(-1)).toEqual(['consent', 'grant'])
  })
})
