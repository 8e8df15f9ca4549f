import type { ConsentModel } from './config/build-model'
import { CONSENT_MODE_KEYS, type ConsentModeKey } from './config/consent-mode-keys'
import { createEmitter } from './consent/emitter'
import { decodeRecord, type ConsentMethod, type ConsentRecord } from './consent/record'
import { regimeFor } from './consent/regime'
import { createTabSync } from './consent/tab-sync'
import type { CookieReader } from './cookies/jar'
import type { Writer } from './consent/writer'
import { bindActions } from './gating/bind-actions'
import { createGate } from './gating/create-gate'
import type {
  Consent,
  ConsentChange,
  ConsentChoice,
  ConsentEvents,
  ConsentOptions,
  ConsentState,
} from './types'

const asMap = (choice: ConsentChoice['categories']): Record<string, boolean> =>
  Array.isArray(choice) ? Object.fromEntries(choice.map((id) => [id, true])) : { ...choice }

/**
 * Starts a consent manager on a validated model: reads the stored choice, activates the
 * `data-consent` markup it grants, watches the page for more, and deletes the cookies of what
 * is denied. Until a valid choice exists, nothing optional is granted.
 * @internal
 */
/** How the engine reads and writes, besides the public options. @internal */
export interface StartOptions extends ConsentOptions {
  /** Where gating, actions and DOM events happen; no default here (`createConsent` has it). */
  document: Document | null
  /** What decisions write with, or how to fetch it (the script tag's `consentry-write.js`). */
  writer: Writer | (() => Promise<Writer>)
  /** Reads cookies and storage. @default the writer's jar */
  reader?: CookieReader
}

export function startConsent(model: ConsentModel, options: StartOptions): Consent {
  const doc = options.document
  let writer = typeof options.writer == 'function' ? undefined : options.writer
  const reader = options.reader || writer!.jar
  // Writes run in order, at once when the writer is at hand, else once it has arrived.
  // A fetch that failed (offline) is tried again with the next write; the jobs wait for it.
  const pending: ((writer: Writer) => void)[] = []
  let fetching: Promise<void> | undefined
  const write = (job: (writer: Writer) => void) => {
    if (writer) return job(writer)
    pending.push(job)
    fetching ||= (options.writer as () => Promise<Writer>)().then(
      (arrived) => pending.splice(0).forEach((next) => next((writer = arrived))),
      (error) => {
        fetching = undefined
        emitter.emit('error', { type: 'write', error })
      },
    )
  }
  const cookieName = model.cookie.name
  const serviceIds = Object.keys(model.services)
  const emitter = createEmitter<ConsentEvents>((error) =>
    emitter.emit('error', { type: 'listener', error }),
  )
  const { config } = model
  // Global Privacy Control: the browser's signal, or the server's reading of `Sec-GPC`.
  const gpc =
    // Any of them: a host passing `false` must not silence the browser's signal.
    options.gpc ||
    config.gpc === true ||
    (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)
      ?.globalPrivacyControl === true
  const regime = regimeFor(model.regimes, options.region || config.region)
  // What GPC opts out of can be granted by nothing: not a click, not a stored choice.
  const blocked = (category: string) => gpc && model.gpc.includes(category)
  const rules = model.rules.map((rule) => ({ ...rule, match: RegExp(rule.match, rule.flags) }))
  let raw = reader.get(cookieName)
  // GPC answers everything that is left to ask (in opt-out regimes, everything): that answer is
  // stored, and holds only where it would be given again (not in an opt-in region, say).
  const answeredByGpc = gpc && (regime == 'opt-out' || model.gpcOnly)
  let record = decodeRecord(raw, model, Date.now())
  if (record?.method == 'gpc' && !answeredByGpc) record = undefined
  let state = stateOf(record)
  let destroyed = false

  // State objects are frozen and replaced whole, so they can be handed out without copying and
  // no caller can grant anything by writing to them.
  function stateOf(from?: Pick<ConsentRecord, 'method' | 'categories' | 'services'>): ConsentState {
    // Opt-out regimes grant what is optional until the visitor says no.
    const on = (list: string[] | undefined, id: string, category: string) =>
      model.required.includes(category) ||
      (!blocked(category) && (list ? list.includes(id) : regime == 'opt-out'))
    const freeze = Object.freeze
    return freeze({
      decided: !!from,
      method: from?.method,
      gpc,
      regime,
      categories: freeze(
        Object.fromEntries(model.categories.map((id) => [id, on(from?.categories, id, id)])),
      ),
      services: freeze(
        Object.fromEntries(
          serviceIds.map((id) => [id, on(from?.services, id, model.services[id]!)]),
        ),
      ),
    })
  }

  // Compared with `true`, never read as truthy: a name like "toString" must not find a
  // function on Object.prototype and count as granted.
  const isGranted = (name: string): boolean =>
    state.categories[name] === true || state.services[name] === true

  // A cookie that anything granted also claims stays: necessary cookies (always granted) above
  // all, even when an optional pattern matches them too.
  // Only what is there is deleted: a returning visitor with nothing to delete fetches no writer.
  const sweep = () => {
    const kept = (name: string) =>
      name == cookieName || rules.some((rule) => isGranted(rule.owner) && rule.match.test(name))
    const doomed = rules.filter(
      (rule) =>
        !isGranted(rule.owner) &&
        reader.names(rule.storage).some((name) => rule.match.test(name) && !kept(name)),
    )
    if (doomed.length) write((writer) => writer.sweep(doomed, kept))
  }

  const dispatch = (type: string, detail: unknown) =>
    doc?.defaultView?.dispatchEvent(new CustomEvent(type, { detail }))

  const commit = (next: ConsentState, source: ConsentChange['source']) => {
    const before = state
    state = next
    const change: ConsentChange = { state, granted: [], revoked: [], source }
    for (const kind of ['categories', 'services'] as const)
      for (const [id, on] of Object.entries(state[kind]))
        if (on != before[kind][id]) change[on ? 'granted' : 'revoked'].push(id)
    emitter.emit('change', change)
    dispatch('consentry:change', change)
    gate?.apply()
    sweep()
    if (change.revoked.length && config.reloadOnWithdraw)
      (options.reload || (() => location.reload()))()
  }

  const decide = (method: ConsentMethod, choice: ConsentChoice) => {
    if (destroyed) return
    const categories = asMap(choice.categories)
    const services = asMap(choice.services)
    // The choice as lists; the state adds what is required and drops what GPC opts out of. A
    // category grants its services unless one is named; a service may be granted alone.
    const next = stateOf({
      method,
      categories: model.categories.filter((id) => categories[id] === true),
      services: serviceIds.filter((id) => {
        const own = services[id]
        return typeof own == 'boolean' ? own : categories[model.services[id]!] === true
      }),
    })
    // The record is written first, so that change listeners already find it (at once when the
    // writer is at hand, as it is for npm users and once the banner has shown).
    write((writer) => {
      const [value, proof, stored] = writer.store(method, next, record, model)
      record = stored
      tabs?.notify(value)
      // What the browser kept (nothing where cookies are blocked or throw): a re-read when the
      // tab is shown again must not take that for another tab's withdrawal.
      raw = reader.get(cookieName)
      emitter.emit('record', proof)
    })
    commit(next, 'decision')
  }

  // Shown the UI, the visitor is about to decide: the writer is fetched now, so that the
  // decision is stored (and its record there for change listeners) at once, and kept even if
  // the connection drops before the click.
  const show = (view: 'banner' | 'preferences') => (write(Object), options.ui?.show(view, consent))

  const consent: Consent = {
    config,
    isGranted,
    getState: () => state,
    // A key is granted when a granted category or service stands for it; under GPC the ad keys
    // never are.
    getConsentMode: () =>
      Object.fromEntries(
        CONSENT_MODE_KEYS.map((key) => [
          key,
          !(gpc && key.startsWith('ad_')) && model.consentMode[key]?.some(isGranted)
            ? 'granted'
            : 'denied',
        ]),
      ) as Record<ConsentModeKey, 'granted' | 'denied'>,
    getRecord: () => record,
    // Services follow their categories: every one is granted.
    acceptAll: () => decide('accept-all', { categories: model.categories }),
    rejectAll: () => decide('reject-all', {}),
    save: (choice) => decide('custom', choice || {}),
    whenGranted(name, fn) {
      const off = emitter.on('change', () => isGranted(name) && (off(), fn()))
      if (isGranted(name)) {
        off()
        emitter.safely(fn, 0)
      }
      return off
    },
    on: emitter.on,
    reset() {
      if (destroyed) return
      write((writer) => {
        writer.forget(model)
        tabs?.notify()
      })
      raw = record = undefined
      commit(stateOf(undefined), 'reset')
      show('banner')
    },
    destroy() {
      // Once: a plugin's teardown need not expect to run twice.
      if (destroyed) return
      destroyed = true
      gate?.destroy()
      unbind?.()
      tabs?.destroy()
      for (const stop of plugins) if (stop) emitter.safely(stop, 0)
      emitter.clear()
    },
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
  }

  if (record) sweep()
  // Signals first (Consent Mode defaults, vendor calls), before the gate runs anything.
  const plugins = (options.plugins || []).map((plugin) => {
    try {
      return plugin.setup(consent)
    } catch (error) {
      // Later, so that the page, which has no instance yet, can listen for it.
      queueMicrotask(() => emitter.emit('error', { type: 'plugin', name: plugin.name, error }))
    }
  })
  const gate =
    doc &&
    createGate(
      doc,
      (name) => isGranted(name) || model.ungated.includes(name),
      (name, element) => emitter.emit('error', { type: 'script', name, element }),
    )
  const unbind =
    doc &&
    bindActions(doc, {
      'accept-all': consent.acceptAll,
      'reject-all': consent.rejectAll,
      preferences: consent.showPreferences,
      banner: consent.showBanner,
    })
  const tabs =
    doc &&
    createTabSync(`consentry:${cookieName}`, doc, (sent) => {
      // A message that is not a record decodes to no choice: it can never grant. (destroy()
      // closes the channel: nothing arrives after it.)
      const now = (sent as string) || reader.get(cookieName)
      if (now != raw)
        commit(stateOf((record = decodeRecord((raw = now), model, Date.now()))), 'other-tab')
    })
  // After returning, so that `window.Consentry` (or the caller's variable) is set by the time
  // ready listeners run.
  queueMicrotask(() => dispatch('consentry:ready', state))
  options.ui?.attach?.(consent)
  if (!record && answeredByGpc) decide('gpc', { categories: model.categories })
  if (!state.decided) show('banner')
  return consent
}
