import { buildModel, type ConsentModel } from '../config/build-model'
import { usesPresets } from '../config/uses-presets'
import { consentCookieName } from '../consent/cookie-name'
import { hash } from '../consent/hash'
import { fetchedForeignMarkup } from '../gating/foreign-markup'
import { createCookieReader } from '../cookies/read-cookies'
import { createChunkLoader } from './load-chunk'
import { readConfig } from './read-config'
import { launch } from '../manager/launch'
import { claim, runningOn } from '../manager/running'
import { builtinPlugins } from '../signals/builtin-plugins'
import { pushConsentDefault } from '../signals/google-consent-mode'
import type { Consent, ConsentConfig, ConsentPlugin } from '../types'
import { createLazyUI } from './lazy-ui'

/*
 * consentry.js, the script-tag core: first in <head>, the only module that acts on load.
 *   <script type="application/json" id="consentry-config">{ … }</script>
 *   <script src="/consentry.js"></script>
 * or <script src="/consentry.js" data-config="/consent.json">, or window.ConsentryConfig.
 *
 * A returning visitor runs the core alone, synchronously. A config this browser has not
 * validated is checked by consentry-check.js first, fetched in parallel with the presets and,
 * for a visitor who must be asked, the UI. A config compiled at build time (`npx consentry
 * compile`) needs neither. Storage only remembers that a config passed validation: the model is
 * built from the page's own config on every view, so nothing stored can grant, redirect, delete
 * or hang. Until a config is known valid, nothing gated runs.
 */
declare global {
  interface Window {
    Consentry?: Consent
    ConsentryConfig?: unknown
  }
  const __VERSION__: string
}

// The key of the last config that passed validation in this browser: a hash of it and this version.
const VALIDATED = 'consentry:valid'
const script = document.currentScript as HTMLScriptElement | null
const load = createChunkLoader(document, script, __CHUNK_INTEGRITY__)
// Cookies are read where they are needed, with nothing cached: one reader serves every read.
const cookies = createCookieReader()

// Start-up failures reach the console and the page, as a `consentry:error` event.
const fail = (error: unknown, issues?: unknown) => {
  const message = (error as Error)?.message || String(error)
  console.error('Consentry: ' + message)
  dispatchEvent(new CustomEvent('consentry:error', { detail: { message, issues } }))
  if (runningOn(document) == 'starting') claim(document, undefined)
}

// Reads a key of localStorage, or writes it. Without storage (sandbox, privacy settings, full),
// every view validates, and no record waits in an outbox.
const storage = (key: string, value?: string) => {
  try {
    if (value == null) return localStorage.getItem(key)
    localStorage.setItem(key, value)
  } catch {
    // Nothing remembered.
  }
}

// The consent log lives in consentry-write.js, which arrives with the first write; this plugin
// attaches it then, and takes it down with the manager.
let stopLog: void | (() => void)
const writer = (consent: () => Consent) =>
  load('write').then((write) => {
    stopLog ||= write.log(consent()) || (() => {})
    return write.writer()
  })
const logPlugin: ConsentPlugin = { name: 'consent-log', setup: () => () => stopLog?.() }

const run = (model: ConsentModel, defaultSent: boolean) => {
  const consent: Consent = (window.Consentry = launch(model, {
    document,
    reader: cookies,
    // Called only after launch() has returned, when a write first needs the writer.
    writer: () => writer(() => consent),
    ui: createLazyUI(load),
    region: script!.dataset.region,
    nonce: script!.nonce || undefined,
    plugins: [...builtinPlugins({ defaultSent }), logPlugin],
    warnings: window.ConsentryChunks?.warnings,
    // Only a page with markup written for another consent tool fetches what reads it.
    foreignMarkup: fetchedForeignMarkup(() => load('foreign')),
  }))
  // Records an earlier page view could not deliver go out now.
  if (model.config.log && storage('consentry:outbox')) void writer(() => consent)
}

/**
 * Validates (unless compiled or validated before), fills in presets, builds, runs.
 * @param defaultSent the Consent Mode default went out already (config by URL).
 */
function start(config: ConsentConfig, defaultSent: boolean) {
  const json = JSON.stringify(config)
  const key = hash(__VERSION__ + json)
  // A compiled config says so, with a hash of the rest that the core checks (a hand edit after
  // compiling, or a truncated file, is caught; the page's own config is trusted like any other).
  const { $compiled, ...rest } = config as ConsentConfig & { $compiled?: string }
  const isCompiled = !!$compiled && $compiled == hash(JSON.stringify(rest))
  // Only the validator bounds what a `/regex/` pattern costs: such a config is checked every time.
  const ready = isCompiled || (storage(VALIDATED) == key && !/"name":"\//.test(json))
  const presets = !isCompiled && usesPresets(config)
  if (ready && !presets) return run(buildModel(config), defaultSent)
  // Consent Mode wants its default before any Google tag, and the manager starts later.
  const settings = config.googleConsentMode
  const early = defaultSent || (!!settings && !(settings as { template?: boolean }).template)
  if (early && !defaultSent) pushConsentDefault(window as never, { waitForUpdate: 500 })
  // What the visitor will need comes at once, in parallel: no chain of chunks.
  if (!hasStoredChoice(config)) load('ui').catch(fail)
  Promise.all([presets && load('presets'), !ready && load('check')])
    .then(([catalogue, check]) => {
      const issues = check && check(config, catalogue ? catalogue.catalogue : undefined)
      if (issues && issues.length)
        return fail(
          'invalid config, nothing gated will run:\n' +
            issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
          issues,
        )
      storage(VALIDATED, key)
      run(buildModel(catalogue ? catalogue.expand(config) : config), early)
    })
    .catch(fail)
}

// Whether a consent cookie of this config's name is there (valid or not): without one, the
// visitor will be asked, and the UI can be fetched before the config is ready.
const hasStoredChoice = ({ cookie = {} }: ConsentConfig) =>
  cookies.get(
    consentCookieName(
      { ...cookie, name: cookie.name || 'consentry' },
      location.protocol == 'https:',
    ),
  ) != null

function boot() {
  // Nothing may throw into the page: a cyclic window.ConsentryConfig, a failed chunk, a bug.
  try {
    if (runningOn(document)) return fail('loaded twice; this copy stands down')
    if (!script) return fail('cannot find its own <script>: load consentry.js with <script src>')
    claim(document, 'starting')
    const config = readConfig(document, script)
    if (config instanceof Promise) {
      // By URL: the default goes out now, before the config (and its settings) have arrived.
      pushConsentDefault(window as never, { waitForUpdate: 500 })
      config.then((config) => start(config as ConsentConfig, true)).catch(fail)
    } else start(config as ConsentConfig, false)
  } catch (error) {
    fail(error)
  }
}

boot()
