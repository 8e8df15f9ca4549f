import { buildModel } from './config/build-model'
import type { ConsentConfig } from './config/schema'
import { hash } from './consent/hash'
import { createChunkLoader } from './loader/load-chunk'
import { startConsent } from './start-consent'
import type { Consent, ConsentUI } from './types'

/*
 * The script-tag entry, and the only module that acts on load. Put it first in <head>:
 *   <script type="application/json" id="consentry-config">{ … }</script>
 *   <script src="/consentry.js"></script>
 * or <script src="/consentry.js" data-config="/consent.json">, or set window.ConsentryConfig.
 *
 * Validation with readable errors lives in consentry-check.js. It is fetched only for a config
 * this browser has not validated before (keyed by a hash of the config and this version), so a
 * returning visitor runs none of it. Until a config is known valid, nothing gated runs.
 */
declare global {
  interface Window {
    Consentry?: Consent
    ConsentryConfig?: unknown
  }
  const __VERSION__: string
}

const VALIDATED = 'consentry:validated'
const script = document.currentScript as HTMLScriptElement | null
const load = createChunkLoader(document, script)
const chunks = (window.ConsentryChunks ||= {})
const fail = (...what: unknown[]) => console.error('Consentry:', ...what)
const storage = (write?: string) => {
  try {
    return write ? localStorage.setItem(VALIDATED, write) : localStorage.getItem(VALIDATED)
  } catch {
    // No storage (sandbox, privacy settings): validate on every page view instead.
  }
}

// The UI chunk comes only when the visitor must be asked or asks for the preferences, or once
// the page has loaded if it needs the floating button or an embed placeholder. A returning
// visitor who allowed everything downloads none of it.
let loaded: Promise<ConsentUI> | undefined
const uiFor = (consent: Consent) =>
  (loaded ||= load('ui').then(() => (chunks.ui!.attach?.(consent), chunks.ui!)))
const ui: ConsentUI = {
  show: (view, consent) => void uiFor(consent).then((real) => real.show(view, consent), fail),
  attach(consent) {
    const check = () =>
      // An embed that is granted needs no placeholder, even if the gate has not reached it yet.
      (consent.config.ui?.floatingButton ||
        [...document.querySelectorAll<HTMLElement>('iframe[data-consent]')].some(
          (frame) => !consent.isGranted(frame.dataset.consent!),
        )) &&
      uiFor(consent).catch(fail)
    if (document.readyState == 'complete') check()
    else addEventListener('load', check)
  },
}

const start = (config: unknown) => {
  // Nothing may throw into the page: a cyclic window.ConsentryConfig, a failed chunk, a bug.
  try {
    const key = hash(__VERSION__ + JSON.stringify(config))
    const run = () => (window.Consentry = startConsent(buildModel(config as ConsentConfig), { ui }))
    if (storage() == key) return void run()
    load('check')
      .then(() => {
        // The chunk prints what is wrong itself; an invalid config simply never starts.
        if (!chunks.check!(config).length) {
          storage(key)
          run()
        }
      })
      .catch(fail)
  } catch (error) {
    fail(error)
  }
}

const boot = () => {
  const inline = document.getElementById('consentry-config')
  const url = script?.getAttribute('data-config')
  if (chunks.embed) return console.warn('Consentry: loaded twice')
  chunks.embed = 1
  if (inline) {
    try {
      return start(JSON.parse(inline.textContent || ''))
    } catch (error) {
      return fail(error)
    }
  }
  if (url)
    return fetch(url)
      .then((response) => response.json())
      .then(start, (error) => fail(url, error))
  if (window.ConsentryConfig) return start(window.ConsentryConfig)
  fail('no config')
}

boot()
