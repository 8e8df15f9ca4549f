import { describe, expect, it, vi } from 'vitest'
import { runEmbed, serveChunks, siteConfig } from './helpers'

const inlineConfig = (config: unknown = siteConfig()) => {
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = 'consentry-config'
  script.textContent = typeof config == 'string' ? config : JSON.stringify(config)
  document.head.append(script)
}

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
    expect(chunks.requested).toEqual([expect.stringMatching(/consentry-check\.js$/)])
    expect(window.Consentry!.getState().decided).toBe(false)
    await vi.waitFor(() => expect(document.title).toBe('ran,'))
  })

  it('starts at once, loading nothing, for a config this browser already validated', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()

    await runEmbed()
    expect(window.Consentry).toBeDefined()
    expect(chunks.requested).toHaveLength(1)
  })

  it('validates again when the config changes', async () => {
    const chunks = serveChunks()
    inlineConfig()
    await firstPageView()
    document.getElementById('consentry-config')!.textContent = JSON.stringify({
      ...siteConfig(),
      revision: 2,
    })

    await runEmbed()
    expect(window.Consentry).toBeUndefined()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
    expect(chunks.requested).toHaveLength(2)
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
    expect(error).toHaveBeenCalledWith('Consentry:', expect.any(SyntaxError))
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
        'Consentry:',
        expect.stringMatching(/^cannot load .*consentry-check\.js$/),
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
    window.ConsentryConfig = siteConfig()
    await runEmbed()
    await vi.waitFor(() => expect(window.Consentry).toBeDefined())
  })

  it('reports a config it cannot even serialise without throwing into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const cyclic: Record<string, unknown> = { revision: 1 }
    cyclic.self = cyclic
    window.ConsentryConfig = cyclic
    await expect(runEmbed()).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledWith('Consentry:', expect.any(TypeError))
  })

  it('says so when it finds no config', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    await runEmbed()
    expect(error).toHaveBeenCalledWith('Consentry:', 'no config')
  })

  it('stands down, with a warning, when included twice', async () => {
    serveChunks()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    inlineConfig()
    await runEmbed()
    await runEmbed()
    expect(warn).toHaveBeenCalledWith('Consentry: loaded twice')
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
})
