import type { ConsentModel } from './config/build-model'
import type { ConsentConfig } from './config/schema'
import { hash } from './consent/hash'
import { createChunkLoader } from './loader/load-chunk'
import { createCookieReader } from './cookies/read-cookies'
import { dataLayerEvents } from './signals/datalayer-events'
import { googleConsentMode, pushConsentDefault } from './signals/google-consent-mode'
import { OUTBOX } from './signals/record-log'
import { startConsent } from './start-consent'
import { metaPixel } from './signals/vendors/meta-pixel'
import { microsoftUet } from './signals/vendors/microsoft-uet'
import { microsoftClarity } from './signals/vendors/microsoft-clarity'
import { matomo } from './signals/vendors/matomo'
import { tiktokPixel } from './signals/vendors/tiktok-pixel'
import { googleAnalyticsDisable } from './signals/vendors/google-analytics'
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
const storage = (write?: string | 0, key = COMPILED) => {
  try {
    return write ? localStorage.setItem(key, write) : localStorage.getItem(key)
  } catch {
    // No storage (sandbox, privacy settings, full): compile on every page view instead.
  }
}

// The UI chunk comes only when the visitor must be asked or asks for the preferences, or once
// the page has loaded if it needs the floating button or an embed placeholder. A returning
// visitor who allowed everything downloads none of it. Whichever comes first, the UI then
// follows the manager (its show and attach are one start).
const ui: ConsentUI = {
  show(view, consent) {
    load('ui').then((real) => real.show(view, consent), fail)
  },
  attach(consent) {
    // An embed that is granted needs no placeholder, even if the gate has not reached it yet
    // (while the page loads, it activates embeds in a later task, which may come after load).
    const check = () =>
      (consent.config.ui?.floatingButton ||
        [...document.querySelectorAll<HTMLElement>('iframe[data-consent]')].some(
          (frame) => !consent.isGranted(frame.dataset.consent!),
        )) &&
      load('ui').then((real) => real.attach?.(consent), fail)
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
  (pushConsentDefault(window as never, { waitForUpdate: 500 }), (defaultSent = true))

const start = (config: unknown) => {
  // Nothing may throw into the page: a cyclic window.ConsentryConfig, a failed chunk, a bug.
  try {
    const key = hash(__VERSION__ + JSON.stringify(config))
    // What writes a decision comes with the first one (or the first cookie to delete).
    let consent: Consent
    const writer = () => load('write').then((write) => write(consent))
    const run = (model: ConsentModel) => {
      consent = window.Consentry = startConsent(model, {
        ui,
        document,
        reader: createCookieReader(),
        writer,
        region: script?.dataset.region,
        plugins: [
          googleConsentMode({ defaultSent }),
          dataLayerEvents(),
          metaPixel(),
          microsoftUet(),
          microsoftClarity(),
          matomo(),
          tiktokPixel(),
          googleAnalyticsDisable(),
        ],
      })
      // Records an earlier page view could not deliver go out now (the writer sends them).
      if (model.config.log && storage(0, OUTBOX)) writer().catch(Object)
    }
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
      .then((check) => check(config, load))
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
  const url = script?.dataset.config
  if (chunks.embed) return fail('loaded twice')
  chunks.embed = 1
  if (inline) {
    try {
      return start(JSON.parse(inline.textContent!))
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
