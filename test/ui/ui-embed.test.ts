import { waitFor, within } from '@testing-library/preact'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { onTestFinished, describe, expect, it, vi } from 'vitest'
import { start, testingDist } from '../helpers'
import { uiConfig } from './show-ui'

/** Runs consentry-ui.js as if loaded by `<script src="https://cdn.example/c/consentry-ui.js">`. */
async function loadUIChunk(nonce = 'n0nce') {
  const script = document.createElement('script')
  script.src = 'https://cdn.example/c/consentry-ui.js'
  script.nonce = nonce
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true })
  onTestFinished(() => void delete (document as { currentScript?: unknown }).currentScript)
  if (testingDist) (0, eval)(readFileSync(join(process.cwd(), 'dist/consentry-ui.js'), 'utf8'))
  else {
    vi.resetModules()
    await import('../../src/script-tag/consentry-ui')
  }
  return window.ConsentryChunks!.ui!
}

/** Plays the network for language chunks: registers a translation and fires `load`. */
function serveLanguages(texts: Record<string, Record<string, string>>) {
  const requested: HTMLScriptElement[] = []
  const observer = new MutationObserver(() => {
    for (const script of Array.from(document.head.querySelectorAll('script'))) {
      if (requested.includes(script)) continue
      requested.push(script)
      const code = /consentry-lang-(\w+)\.js$/.exec(script.src)?.[1]
      const lang = ((window.ConsentryChunks ||= {}).lang ||= {})
      if (code && texts[code]) lang[code] = texts[code]
      script.dispatchEvent(new Event(code && texts[code] ? 'load' : 'error'))
    }
  })
  observer.observe(document.head, { childList: true })
  onTestFinished(() => observer.disconnect())
  return requested
}

const heading = () =>
  within(document.querySelector('consentry-ui')!.shadowRoot! as unknown as HTMLElement).getByRole(
    'heading',
  )

describe('consentry-ui.js', () => {
  it('registers the UI for the script-tag core, in English without loading anything', async () => {
    const requested = serveLanguages({})
    start(uiConfig(), { ui: await loadUIChunk() })
    await waitFor(() => expect(heading().textContent).toBe('We value your privacy'))
    expect(requested).toEqual([])
  })

  it("loads the visitor's language from its own folder, with its nonce", async () => {
    document.documentElement.lang = 'de'
    onTestFinished(() => document.documentElement.removeAttribute('lang'))
    const requested = serveLanguages({ de: { bannerTitle: 'Ihre Privatsphäre' } })
    start(uiConfig(), { ui: await loadUIChunk('abc') })
    await waitFor(() => expect(heading().textContent).toBe('Ihre Privatsphäre'))
    expect(requested.map((script) => [script.src, script.nonce])).toEqual([
      ['https://cdn.example/c/consentry-lang-de.js', 'abc'],
    ])
  })

  it('asks for no file for a language it does not have', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja', 'fr'])
    const requested = serveLanguages({})
    start(uiConfig(), { ui: await loadUIChunk() })
    await waitFor(() => expect(heading().textContent).toBe('We value your privacy'))
    expect(requested.map((script) => script.src)).toEqual([
      'https://cdn.example/c/consentry-lang-fr.js',
    ])
  })
})
