import type { ConsentModel } from '../config/build-model'
import { CONSENT_MODE_KEYS, isAdKey } from '../config/consent-mode-keys'
import type { ConsentChoice, ConsentMethod, ConsentModeKey, ConsentState, Regime } from '../types'

/*
 * The pure state core: from the compiled model, a stored or new choice and the visitor's
 * signals, what is granted; from two states, what changed. No DOM, no storage, no clock.
 */

/** What the page tells about the visitor, besides their choice. @internal */
export interface Signals {
  /** A Global Privacy Control signal is honoured. */
  gpc: boolean
  /** How consent is asked of this visitor (by region). */
  regime: Regime
}

/** A choice as the record keeps it: how it was made, and what it granted. @internal */
export interface Decision {
  method: ConsentMethod
  categories: readonly string[]
  services: readonly string[]
}

/** Ids granted by a change, and ids withdrawn by it. @internal */
export interface StateDiff {
  granted: string[]
  revoked: string[]
}

const freeze = Object.freeze

/**
 * What is granted, given a decision (or none). Required categories and their services always
 * are; what GPC opts out of never is; an opt-out regime grants what is optional until the
 * visitor says no, and consent-exempt audience measurement runs until the visitor objects (an
 * off switch, or "Reject all"). State objects are frozen, so they can be handed out without copying and no
 * caller can grant anything by writing to them.
 * @internal
 */
export function stateOf(
  model: ConsentModel,
  signals: Signals,
  decision?: Decision | undefined,
): ConsentState {
  // The ids Global Privacy Control opts this visitor out of: none without the signal.
  const blocked = signals.gpc ? model.gpc : []
  // Before a choice (nothing `granted` yet), what an opt-out regime allows runs, and so does
  // consent-exempt audience measurement, unless Global Privacy Control says the visitor objects.
  const on = (granted: readonly string[] | undefined, id: string, category: string) =>
    model.required.includes(category) ||
    (!blocked.includes(category) &&
      !blocked.includes(id) &&
      (granted
        ? granted.includes(id)
        : signals.regime == 'opt-out' || (model.exempt.includes(id) && !signals.gpc)))
  return freeze({
    decided: !!decision,
    method: decision?.method,
    gpc: signals.gpc,
    regime: signals.regime,
    gpcBlocked: blocked,
    categories: freeze(
      Object.fromEntries(model.categories.map((id) => [id, on(decision?.categories, id, id)])),
    ),
    services: freeze(
      Object.fromEntries(
        Object.entries(model.services).map(([id, category]) => [
          id,
          on(decision?.services, id, category),
        ]),
      ),
    ),
  })
}

const asMap = (ids: ConsentChoice['categories']): Record<string, boolean> =>
  Array.isArray(ids) ? Object.fromEntries(ids.map((id) => [id, true])) : { ...ids }

/**
 * A visitor's choice as the granted lists a record keeps. Unknown ids are ignored. A category
 * grants its services unless one is named; a service may be granted alone.
 * @internal
 */
export function decisionOf(
  model: ConsentModel,
  method: ConsentMethod,
  choice: ConsentChoice,
): Decision {
  const categories = asMap(choice.categories)
  const services = asMap(choice.services)
  return {
    method,
    categories: model.categories.filter((id) => categories[id] === true),
    services: Object.keys(model.services).filter((id) => {
      const own = services[id]
      return typeof own == 'boolean' ? own : categories[model.services[id]!] === true
    }),
  }
}

/**
 * Whether a category or service id is granted. Compared with `true`, never read as truthy: a
 * name like "toString" must not find a function on Object.prototype and count as granted.
 * @internal
 */
export const grants = (state: ConsentState, name: string): boolean =>
  state.categories[name] === true || state.services[name] === true

/** What a change from `before` to `after` granted and withdrew. @internal */
export function diffStates(before: ConsentState, after: ConsentState): StateDiff {
  const diff: StateDiff = { granted: [], revoked: [] }
  for (const kind of ['categories', 'services'] as const)
    for (const [id, on] of Object.entries(after[kind]))
      if (on != before[kind][id]) diff[on ? 'granted' : 'revoked'].push(id)
  return diff
}

/**
 * The Google Consent Mode v2 state for what is granted: a key is granted when a granted category
 * or service stands for it, `security_storage` always (it stands for the required categories),
 * the ad keys never under Global Privacy Control.
 * @internal
 */
export const consentModeOf = (
  model: ConsentModel,
  state: ConsentState,
): Record<ConsentModeKey, 'granted' | 'denied'> =>
  Object.fromEntries(
    CONSENT_MODE_KEYS.map((key) => [
      key,
      !(state.gpc && isAdKey(key)) && model.consentMode[key]?.some((id) => grants(state, id))
        ? 'granted'
        : 'denied',
    ]),
  ) as Record<ConsentModeKey, 'granted' | 'denied'>

/**
 * Whether Global Privacy Control answers everything left to ask (in an opt-out regime,
 * everything; else when GPC opts out of every optional category): that answer is then stored as
 * the method `gpc`, and holds only where it would be given again.
 * @internal
 */
export const answeredByGpc = (model: ConsentModel, signals: Signals): boolean =>
  signals.gpc && (signals.regime == 'opt-out' || model.gpcOnly)
