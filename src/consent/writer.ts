import type { ConsentModel } from '../config/build-model'
import { deleteCookies, type CookieRule } from '../cookies/delete-cookies'
import { createBrowserJar } from '../cookies/jar'
import type { ConsentMethod, ConsentRecord, ConsentState, CookieJar, ProofRecord } from '../types'
import { consentId } from './consent-id'
import { consentCookieName } from './cookie-name'
import { hash } from './hash'
import { proofOf, type ShownTexts } from './proof'
import { encodeRecord, lifetime } from './record'

// Browsers drop a cookie over 4,096 bytes (name, value and attributes), and the choice with it.
const MOST = 3800

/**
 * Encodes the record, failing closed until it fits in a cookie. Services chosen one by one are
 * written by id, so thousands of them could overflow: first the services granted on their own
 * in a refused category are refused too, then the granted categories with the most services
 * refused one by one are refused whole. Nothing is ever granted that was not; the record (and
 * the proof made from it) says what was kept, and it applies from the next page view. Only a
 * visitor who picks hundreds of services one by one gets here: the value grows by the length of
 * a service's id, plus one or two characters, for each service chosen against its category (300
 * with ids of 10 characters still fit).
 */
function fitted(record: ConsentRecord, model: ConsentModel): string {
  const categoryOf = (id: string) => model.services[id]!
  for (;;) {
    const raw = encodeRecord(record, model)
    if (raw.length <= MOST) return raw
    const alone = record.services.filter((id) => !record.categories.includes(categoryOf(id)))
    if (alone.length) {
      record.services = record.services.filter((id) => !alone.includes(id))
      continue
    }
    const refusedIn = (category: string) =>
      Object.keys(model.services).filter(
        (id) => categoryOf(id) == category && !record.services.includes(id),
      ).length
    const [worst] = record.categories
      .filter((id) => !model.required.includes(id))
      .sort((a, b) => refusedIn(b) - refusedIn(a))
    // Unreachable in practice: required categories write no overrides.
    if (!worst) return raw
    record.categories = record.categories.filter((id) => id != worst)
    record.services = record.services.filter((id) => categoryOf(id) != worst)
  }
}

/** What {@link Writer.store} records. @internal */
export interface StoreOptions {
  method: ConsentMethod
  /** The state the decision leads to. */
  state: ConsentState
  /** The record it replaces, if any. */
  previous: ConsentRecord | undefined
  model: ConsentModel
  /** What the UI showed on this page view, if it showed. */
  shown?: ShownTexts | undefined
}

/** What {@link Writer.forget} ends, and why. @internal */
export interface ForgetOptions {
  model: ConsentModel
  /** The record whose choice ends; without one there is nothing to prove. */
  previous: ConsentRecord | undefined
  reason: 'reset' | 'expired'
  /** The state once it has ended (nothing optional granted, in an opt-in regime). */
  state: ConsentState
  shown?: ShownTexts | undefined
}

/**
 * The consent cookie outlives its choice by this many days, so that a visit in that window finds
 * the lapsed choice and records that it expired. A lapsed choice grants nothing: its age is judged
 * from the value (decodeRecord), never from the cookie still being there.
 */
const EXPIRY_NOTICE_DAYS = 31

const granted = (on: Record<string, boolean>) => Object.keys(on).filter((id) => on[id])

// The language the visitor read: the UI's, else the page's own, else the config's default.
const languageOf = (model: ConsentModel, shown: ShownTexts | undefined) => {
  const page = typeof document == 'object' ? document.documentElement.lang : ''
  const language = shown?.language || page.split('-')[0] || model.language
  return /^[A-Za-z][\w-]{1,34}$/.test(language) ? language : model.language
}

// The page, without query string or fragment.
const pageUrl = () => (typeof location == 'object' ? location.origin + location.pathname : '')

/**
 * Everything a decision writes with: the cookie jar (js-cookie), the record of a decision and its
 * encoding, cookie deletion and the proof of consent. The core decides what is granted; this
 * records it. Reading needs none of it, so the script-tag core fetches it
 * (`consentry-write.js`) only when something must be written (docs/adr/0002-compiled-config.md).
 * @internal
 */
export const createWriter = (jar: CookieJar = createBrowserJar()) => ({
  jar,
  /** Deletes the cookies and storage entries `rules` match, except those `kept`. */
  sweep: (rules: CookieRule[], kept: (name: string) => boolean) => deleteCookies(jar, rules, kept),
  /**
   * Records a decision whose outcome is `state` and stores it as the consent cookie. Returns the
   * value written (for the other tabs), the decision's proof of consent, and the record.
   */
  store({
    method,
    state,
    previous,
    model,
    shown,
  }: StoreOptions): [string, ProofRecord, ConsentRecord] {
    // Later than the decision it replaces: two decisions in one millisecond get distinct ids.
    const now = Math.max(Date.now(), (previous?.lastDecision || 0) + 1)
    const record: ConsentRecord = {
      consentId: previous?.consentId || consentId(),
      firstDecision: previous?.firstDecision || now,
      lastDecision: now,
      revision: model.revision,
      method,
      language: languageOf(model, shown),
      categories: granted(state.categories),
      services: granted(state.services),
    }
    const raw = fitted(record, model)
    const lasts = lifetime(record, model)
    const { domain, path } = model.cookie
    const secure = jar.location().secure
    const name = consentCookieName(model.cookie, secure)
    jar.set(name, raw, {
      expires: lasts / 86400 + EXPIRY_NOTICE_DAYS,
      domain,
      path,
      // First-party and sent on top-level navigations only, as the consent rules expect.
      sameSite: 'Lax',
      secure,
    })
    // A cookie of the plain name (an older version's, or a forged one) is never read again.
    if (name != model.cookie.name && jar.names().includes(model.cookie.name))
      jar.remove(model.cookie.name, { domain, path })
    const proof = proofOf(record, {
      previous,
      configHash: hash(JSON.stringify(model.config)),
      gpc: state.gpc,
      url: pageUrl(),
      textsVersion: shown?.textsVersion,
      lifetime: lasts,
    })
    // Handed out by getRecord(): frozen, like the state, so no caller can edit it.
    return [raw, proof, Object.freeze(record)]
  },
  /**
   * Removes the consent cookie; for a choice, returns the proof that it ended, which replaces the
   * last record and grants what `state` grants (GDPR Art. 7(1): every change of state is shown).
   */
  forget({ model, previous, reason, state, shown }: ForgetOptions): ProofRecord | undefined {
    const { cookie } = model
    const { domain, path } = cookie
    jar.remove(consentCookieName(cookie, jar.location().secure), { domain, path })
    if (!previous) return
    const ended: ConsentRecord = {
      ...previous,
      lastDecision: Math.max(Date.now(), previous.lastDecision + 1),
      language: languageOf(model, shown),
      categories: granted(state.categories),
      services: granted(state.services),
    }
    return proofOf(ended, {
      previous,
      configHash: hash(JSON.stringify(model.config)),
      gpc: state.gpc,
      url: pageUrl(),
      textsVersion: shown?.textsVersion,
      method: reason,
    })
  },
})

/** @internal */
export type Writer = ReturnType<typeof createWriter>
