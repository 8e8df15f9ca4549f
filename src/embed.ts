import type { ConsentModel } from './config/build-model'
import type { ConsentConfig } from './config/schema'
import { hash } from './consent/hash'
import { createChunkLoader } from './loader/load-chunk'
import { createCookieReader } from './cookies/read-cookies'
import { consentLogWith } from './signals/consent-log'
import { dataLayerEvents } from './signals/datalayer-events'
import { googleConsentMode, pushConsentDefault } from './signals/google-consent-mode'
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

// The config's key (a hash of it and this version), a space, and the model compiled from it.
const COMPILED = 'consentry:compiled'
const script = document.currentScript as HTMLScriptElement | null
const load = createChunkLoader(document, script)
const chunks = (window.ConsentryChunks ||= {})
const fail = (...what: unknown[]) => console.error('Consentry:', ...what)
const storage = (write?: string) => {
  try {
    return write ? localStorage.setItem(COMPILED, write) : localStorage.getItem(COMPILED)
  } catch {
    // No storage (sandbox, privacy settings, full): compile on every page view instead.
  }
}

// What writes a decision comes with the first one (or the first cookie to delete).
let written: Promise<NonNullable<typeof chunks.write>> | undefined
// A failed fetch (offline) is tried again with the next write.
const writing = (): Promise<NonNullable<typeof chunks.write>> =>
  (written ||= load('write').then(
    () => chunks.write!,
    (error) => {
      written = undefined
      throw error
    },
  ))

// The UI chunk comes only when the visitor must be asked or asks for the preferences, or once
// the page has loaded if it needs the floating button or an embed placeholder. A returning
// visitor who allowed everything downloads none of it.
let loaded: Promise<ConsentUI> | undefined
const uiFor = (consent: Consent) =>
  (loaded ||= load('ui').then(() => (chunks.ui!.attach?.(consent), chunks.ui!)))
const ui: ConsentUI = {
  // Shown the UI, the visitor is about to decide: fetch what writes the decision now, so that
  // it is kept even if the connection drops before the click (if this fails, the decision
  // tries again).
  show(view, consent) {
    writing().catch(Object)
    uiFor(consent).then((real) => real.show(view, consent), fail)
  },
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

// Consent Mode wants its default before any Google tag. When the config comes by URL or must be
// validated first, the manager starts later: push the safe default (all denied) now, telling
// Google's tags to wait for the update that follows.
let defaultSent = false
const earlyDefault = (settings: unknown) =>
  settings &&
  !(settings as { template?: unknown }).template &&
  !defaultSent &&
  (pushConsentDefault(window as never, {}, 500), (defaultSent = true))

const start = (config: unknown) => {
  // Nothing may throw into the page: a cyclic window.ConsentryConfig, a failed chunk, a bug.
  try {
    const key = hash(__VERSION__ + JSON.stringify(config))
    const run = (model: ConsentModel) =>
      (window.Consentry = startConsent(model, {
        ui,
        reader: createCookieReader(),
        writer: () => writing().then((chunk) => chunk.createWriter()),
        region: script?.dataset.region,
        plugins: [
          googleConsentMode({ defaultSent }),
          dataLayerEvents(),
          consentLogWith(() => writing().then((chunk) => chunk.createRecordLog)),
        ],
      }))
    const cached = storage()
    let model: ConsentModel | undefined
    try {
      if (cached?.startsWith(key + ' ')) model = JSON.parse(cached.slice(key.length + 1))
    } catch {
      // A damaged cache is compiled again.
    }
    if (model) return void run(model)
    earlyDefault((config as ConsentConfig).googleConsentMode)
    load('check')
      .then(() => chunks.check!(config, load))
      .then((model) => {
        // The chunk prints what is wrong itself; an invalid config simply never starts.
        if (model) {
          storage(key + ' ' + JSON.stringify(model))
          run(model)
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
  if (chunks.embed) return fail('loaded twice')
  chunks.embed = 1
  if (inline) {
    try {
      return start(JSON.parse(inline.textContent || ''))
    } catch (error) {
      return fail(error)
    }
  }
  if (url) {
    earlyDefault(true)
    return fetch(url)
      .then((response) => response.json())
      .then(start, (error) => fail(url, error))
  }
  if (window.ConsentryConfig) return start(window.ConsentryConfig)
  fail('no config')
}

boot()
