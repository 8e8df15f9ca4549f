import type { ConsentModel } from '../config/build-model'
import type { Emitter } from '../consent/emitter'
import { hash } from '../consent/hash'
import type { ShownTexts } from '../consent/proof'
import { decodeRecord, expiredRecord } from '../consent/record'
import {
  answeredByGpc,
  decisionOf,
  diffStates,
  grants,
  stateOf,
  type Signals,
} from '../consent/state'
import type { ForgetOptions } from '../consent/writer'
import type {
  ConsentChange,
  ConsentChoice,
  ConsentEvents,
  ConsentMethod,
  ConsentState,
} from '../types'
import type { WriteQueue } from './write-queue'
import type { CookieReader } from '../types/cookies'

/** What a decision sets off after the state has changed. @internal */
export interface DecisionEffects {
  /** After every change's listeners: activate, sweep, reload. */
  changed: ((change: ConsentChange) => void)[]
  /** A new value of the consent cookie (or none) was stored: tell the other tabs. */
  stored: ((value?: string) => void)[]
}

/** What {@link createDecisions} works with. @internal */
export interface DecisionsContext {
  model: ConsentModel
  signals: Signals
  /** The consent cookie's name on this page (`__Host-` on https, see `consentCookieName`). */
  cookieName: string
  reader: CookieReader
  writes: WriteQueue
  emitter: Emitter<ConsentEvents>
}

// One task at a time: a decision made while another is being applied (from a change listener,
// a plugin's setup, a whenGranted callback) waits until that one is done, so that the cookie,
// the state, the record and the events always agree, and each listener sees changes in order.
const createSerial = () => {
  const queue: (() => void)[] = []
  let running = false
  return (task: () => void) => {
    queue.push(task)
    if (running) return
    running = true
    try {
      while (queue.length) queue.shift()!()
    } finally {
      running = false
    }
  }
}

const sameState = (a: ConsentState, b: ConsentState) =>
  a.decided == b.decided &&
  a.method == b.method &&
  JSON.stringify([a.categories, a.services]) == JSON.stringify([b.categories, b.services])

/**
 * Removes the consent cookie and tells the other tabs; when it held a choice, the proof that the
 * choice ended (`reset`, `expired`) goes to the record listeners.
 */
const endChoice = (
  { model, signals, writes, emitter }: DecisionsContext,
  end: Pick<ForgetOptions, 'reason' | 'previous' | 'shown'> & { stored: DecisionEffects['stored'] },
) =>
  writes.run((writer) => {
    const { reason, previous, shown, stored } = end
    const proof = writer.forget({ model, previous, reason, state: stateOf(model, signals), shown })
    for (const tell of stored) tell()
    if (proof) emitter.emit('record', proof)
  })

/**
 * The language and a short hash of the texts a UI showed, from what its `show()` resolved
 * (`{ language, texts }`), or nothing when it said nothing usable.
 */
const shownTextsOf = (what: unknown): ShownTexts | undefined => {
  const { language, texts } = (what || {}) as { language?: unknown; texts?: unknown }
  if (typeof language == 'string' && texts && typeof texts == 'object')
    return { language, textsVersion: hash(JSON.stringify(texts)) }
}

/**
 * The visitor's choice on this page: the current state and record, and every way they change (a
 * decision, a reset, another tab). A change that changes nothing is not announced, so a
 * listener that decides again on every change cannot loop.
 * @internal
 */
export function createDecisions(context: DecisionsContext) {
  const { model, signals, cookieName, reader, writes, emitter } = context
  const effects: DecisionEffects = { changed: [], stored: [] }
  const serial = createSerial()
  let raw = reader.get(cookieName)
  let record = decodeRecord(raw, model, Date.now())
  // A stored choice past its lifetime: its end gets a record (noteExpiry).
  let lapsed = record ? undefined : expiredRecord(raw, model, Date.now())
  if (record?.method == 'gpc' && !answeredByGpc(model, signals)) record = undefined
  let state = stateOf(model, signals, record)
  let stopped = false
  // What the UI showed on this page view, for the records of decisions taken in it.
  let shown: ShownTexts | undefined

  const commit = (next: ConsentState, source: ConsentChange['source']) => {
    const before = state
    state = next
    if (sameState(before, next)) return
    const change: ConsentChange = { state, ...diffStates(before, next), source }
    emitter.emit('change', change)
    for (const effect of effects.changed) effect(change)
  }

  const decide = (method: ConsentMethod, choice: ConsentChoice) =>
    serial(() => {
      if (stopped) return
      const next = stateOf(model, signals, decisionOf(model, method, choice))
      // The record is written first, so that change listeners already find it (at once when
      // the writer is at hand, as it is for npm users and once the banner has shown).
      writes.run((writer) => {
        const options = { method, state: next, previous: record, model, shown }
        const [value, proof, stored] = writer.store(options)
        record = stored
        for (const tell of effects.stored) tell(value)
        // What the browser kept (nothing where cookies are blocked or throw): a re-read when
        // the tab is shown again must not take that for another tab's withdrawal.
        raw = reader.get(cookieName)
        emitter.emit('record', proof)
      })
      commit(next, 'decision')
    })

  const reset = () =>
    serial(() => {
      if (stopped) return
      endChoice(context, { reason: 'reset', previous: record, shown, stored: effects.stored })
      raw = record = lapsed = undefined
      commit(stateOf(model, signals), 'reset')
    })

  // Records that a stored choice expired, once the record listeners are in place.
  const noteExpiry = () =>
    serial(() => {
      if (stopped || !lapsed) return
      endChoice(context, { reason: 'expired', previous: lapsed, shown, stored: effects.stored })
      raw = lapsed = undefined
    })
  // A message that is not a record decodes to no choice: it can never grant.
  const fromOtherTab = (sent?: unknown) =>
    serial(() => {
      const now = (sent as string | undefined) || reader.get(cookieName)
      if (stopped || now == raw) return
      record = decodeRecord((raw = now), model, Date.now())
      commit(stateOf(model, signals, record), 'other-tab')
    })
  return {
    effects,
    decide,
    reset,
    fromOtherTab,
    noteExpiry,
    /** What the UI showed, as its `show()` resolves: for the records of later decisions. */
    noteShown: (what: unknown) => void (shown = shownTextsOf(what) || shown),
    state: () => state,
    record: () => record,
    isGranted: (name: string) => grants(state, name),
    /** No decision is taken after this. */
    stop: () => void (stopped = true),
  }
}

/** @internal */
export type Decisions = ReturnType<typeof createDecisions>
