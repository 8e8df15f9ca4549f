import type { ConsentModel } from '../config/build-model'
import { deleteCookies, type CookieRule } from '../cookies/delete-cookies'
import { createBrowserJar, type CookieJar } from '../cookies/jar'
import type { ConsentState } from '../types'
import { consentId } from './consent-id'
import { hash } from './hash'
import { proofOf, type ProofRecord } from './proof'
import { encodeRecord, lifetime, type ConsentMethod, type ConsentRecord } from './record'

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
  store(
    method: ConsentMethod,
    state: ConsentState,
    previous: ConsentRecord | undefined,
    model: ConsentModel,
  ): [string, ProofRecord, ConsentRecord] {
    // Strictly later than the decision it replaces, so that two decisions in one millisecond
    // still get distinct proof-of-consent ids.
    const now = Math.max(Date.now(), (previous?.lastDecision || 0) + 1)
    const granted = (on: Record<string, boolean>) => Object.keys(on).filter((id) => on[id])
    const record: ConsentRecord = {
      consentId: previous?.consentId || consentId(),
      firstDecision: previous?.firstDecision || now,
      lastDecision: now,
      revision: model.revision,
      method,
      language: model.language,
      categories: granted(state.categories),
      services: granted(state.services),
    }
    const { name, domain, path } = model.cookie
    const raw = encodeRecord(record, model)
    jar.set(name, raw, {
      expires: lifetime(record, model) / 86400,
      domain,
      path,
      // First-party and sent on top-level navigations only, as the consent rules expect.
      sameSite: 'Lax',
      secure: jar.location().secure,
    })
    const url = typeof location == 'object' ? location.origin + location.pathname : ''
    const proof = proofOf(record, previous, hash(JSON.stringify(model.config)), state.gpc, url)
    // Handed out by getRecord(): frozen, like the state, so no caller can edit it.
    return [raw, proof, Object.freeze(record)]
  },
  /** Removes the consent cookie. */
  forget({ cookie: { name, domain, path } }: ConsentModel) {
    jar.remove(name, { domain, path })
  },
})

/** @internal */
export type Writer = ReturnType<typeof createWriter>
