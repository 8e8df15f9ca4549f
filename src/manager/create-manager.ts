import type { ConsentModel } from '../config/build-model'
import { consentCookieName } from '../consent/cookie-name'
import { createEmitter, type Emitter } from '../consent/emitter'
import { regimeFor } from '../consent/regime'
import { answeredByGpc, consentModeOf, type Signals } from '../consent/state'
import type { Writer } from '../consent/writer'
import type { ForeignMarkup } from '../gating/foreign-markup'
import type { Consent, ConsentEvents, ConsentOptions, ConsentUI, ConsentWarning } from '../types'
import { createCookieSweep } from './cookie-sweep'
import { createDecisions, type Decisions } from './decisions'
import { createPage } from './page'
import { startPlugins } from './plugins'
import { whenIdle } from './when-idle'
import { createWriteQueue } from './write-queue'
import type { CookieReader } from '../types/cookies'

/** How a manager reads and writes, besides the public options. @internal */
export interface ManagerOptions extends Omit<ConsentOptions, 'ui'> {
  /** The banner and preferences; none on a server. */
  ui?: ConsentUI | undefined
  /** Where gating, actions and DOM events happen; `null` for none (server-side rendering). */
  document: Document | null
  /** What decisions write with, or how to fetch it (the script tag's `consentry-write.js`). */
  writer: Writer | (() => Promise<Writer>)
  /** Reads cookies and storage. @default the writer's jar */
  reader?: CookieReader
  /** The CSP nonce of the script-tag core, which gated scripts must carry. */
  nonce?: string | undefined
  /**
   * Where warnings come from before and after the manager exists (the script tag's
   * auto-blocking): called once with what emits them; it gives the earlier ones at once.
   */
  warnings?: ((emit: (warning: ConsentWarning) => void) => void) | undefined
  /**
   * How the gate reads other consent tools' markup: `createForeignMarkup`, or the script tag's
   * `fetchedForeignMarkup`. Without it, that markup stays inert.
   */
  foreignMarkup?: ForeignMarkup | undefined
}

/**
 * The visitor's signals: Global Privacy Control from the browser, the config or the host (any of
 * them: a host passing `false` must not silence the browser's signal), and the regime for the
 * host-provided region.
 */
const readSignals = (model: ConsentModel, options: ManagerOptions): Signals => ({
  gpc:
    !!options.gpc ||
    model.config.gpc === true ||
    (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)
      ?.globalPrivacyControl === true,
  regime: regimeFor(model.regimes, options.region || model.config.region),
})

/**
 * `on()`, where a `warning` listener first gets the warnings given before it subscribed.
 */
function onWithPastWarnings(
  emitter: Emitter<ConsentEvents>,
  warnings: ManagerOptions['warnings'],
): Consent['on'] {
  const past: ConsentWarning[] = []
  warnings?.((warning) => {
    past.push(warning)
    emitter.emit('warning', warning)
  })
  return (type, fn) => {
    if (type == 'warning')
      for (const warning of past) emitter.safely(fn as (event: ConsentWarning) => void, warning)
    return emitter.on(type, fn)
  }
}

const noop = () => {}

/** The public face of a manager, over its decisions. */
const apiOf = (model: ConsentModel, decisions: Decisions) => ({
  config: model.config,
  isGranted: decisions.isGranted,
  getState: decisions.state,
  getConsentMode: () => consentModeOf(model, decisions.state()),
  getRecord: decisions.record,
  // Services follow their categories: every one is granted.
  acceptAll: () => decisions.decide('accept-all', { categories: model.categories }),
  rejectAll: () => decisions.decide('reject-all', {}),
  save: (choice: Parameters<Consent['save']>[0]) => decisions.decide('custom', choice || {}),
})

/**
 * Starts a consent manager on a compiled model: the one way both the script tag and
 * `createConsent` build one. Every collaborator exists before any plugin, listener or callback
 * can run, so that each may call any method of the manager. It reads the stored choice, lets the
 * plugins send their signals, then activates the `data-consent` markup the choice grants, watches
 * the page for more, and deletes the cookies of what is denied. Until a valid choice exists,
 * nothing optional is granted.
 * @internal
 */
export function createManager(model: ConsentModel, options: ManagerOptions): Consent {
  const report = (event: ConsentEvents['error']) => emitter.emit('error', event)
  const emitter = createEmitter<ConsentEvents>((error) => report({ type: 'listener', error }))
  // `onRecord` is a listener from the start, before any plugin or GPC can decide.
  if (options.onRecord) emitter.on('record', options.onRecord)
  const writes = createWriteQueue(options.writer, (error) => report({ type: 'write', error }))
  const reader = options.reader || (options.writer as Writer).jar
  const signals = readSignals(model, options)
  const cookieName = consentCookieName(model.cookie, globalThis.location?.protocol == 'https:')
  const decisions = createDecisions({ model, signals, cookieName, reader, writes, emitter })
  const sweep = createCookieSweep(model, reader, decisions.isGranted, writes)
  const api = apiOf(model, decisions)
  let destroyed = false
  let stopPlugins = () => {}
  let cancelPrefetch = () => {}
  // `consent` below is assigned before anything outside this function can call `show`.
  const show = (view: 'banner' | 'preferences') => {
    if (destroyed) return
    const shown = options.ui?.show(view, consent)
    // The visitor is about to decide: the writer comes in idle time once the view has painted (to
    // store the decision at once, even offline); what the UI showed goes into the records.
    void Promise.resolve(shown).then((what) => {
      decisions.noteShown(what)
      if (!destroyed) cancelPrefetch = whenIdle(writes.prefetch)
    }, noop)
  }
  const doc = options.document
  const page =
    doc &&
    createPage(doc, {
      model,
      isGranted: decisions.isGranted,
      actions: {
        'accept-all': api.acceptAll,
        'reject-all': api.rejectAll,
        preferences: () => show('preferences'),
        banner: () => show('banner'),
      },
      onOtherTab: decisions.fromOtherTab,
      onError: report,
      nonce: options.nonce,
      foreignMarkup: options.foreignMarkup,
    })
  const consent: Consent = {
    ...api,
    whenGranted: (name, fn) => whenGranted(decisions, emitter, name, fn),
    on: onWithPastWarnings(emitter, options.warnings),
    reset() {
      decisions.reset()
      show('banner')
    },
    destroy() {
      // Once: a plugin's teardown need not expect to run twice.
      if (destroyed) return
      destroyed = true
      decisions.stop()
      page?.destroy()
      cancelPrefetch()
      stopPlugins()
      emitter.clear()
    },
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
  }
  wireEffects({ model, decisions, page, sweep, reload: options.reload })
  if (decisions.record()) sweep()
  // Signals first (Consent Mode defaults, vendor calls), before the gate runs anything.
  stopPlugins = startPlugins(options.plugins || [], consent, report)
  // A plugin may have destroyed the manager in its setup: the others are taken down now.
  if (destroyed) stopPlugins()
  if (destroyed) return consent
  page?.start()
  // After returning, so that `window.Consentry` (or the caller's variable) is set for listeners.
  queueMicrotask(() => destroyed || page?.dispatch('consentry:ready', decisions.state()))
  decisions.noteExpiry()
  if (!decisions.record() && answeredByGpc(model, signals))
    decisions.decide('gpc', { categories: model.categories })
  if (!decisions.state().decided) show('banner')
  return consent
}

/** What every change sets off on the page: the DOM event, activation, deletion, a reload. */
function wireEffects(parts: {
  model: ConsentModel
  decisions: Decisions
  page: ReturnType<typeof createPage> | null
  sweep: () => void
  reload: (() => void) | undefined
}) {
  const { model, decisions, page, sweep } = parts
  const reload = parts.reload || (() => location.reload())
  decisions.effects.changed.push((change) => {
    page?.dispatch('consentry:change', change)
    page?.apply()
    sweep()
    if (change.revoked.length && model.config.reloadOnWithdraw) reload()
  })
  if (page) decisions.effects.stored.push(page.notify)
}

/** Runs `fn` once `name` is granted: now if it is, else on the first change that grants it. */
function whenGranted(
  decisions: Decisions,
  emitter: Emitter<ConsentEvents>,
  name: string,
  fn: () => void,
): () => void {
  const off = emitter.on('change', () => decisions.isGranted(name) && (off(), fn()))
  if (decisions.isGranted(name)) {
    off()
    emitter.safely(fn, undefined)
  }
  return off
}
