import type { ConsentModel } from '../config/build-model'
import { deleteCookies, type CookieRule } from '../cookies/delete-cookies'
import { createBrowserJar, type CookieJar } from '../cookies/jar'
import { hash } from './hash'
import { proofOf, type ProofRecord } from './proof'
import { encodeRecord, lifetime, type ConsentRecord } from './record'

/**
 * Everything a decision writes with: the cookie jar (js-cookie), the record's encoding, cookie
 * deletion and the proof of consent. Reading needs none of it, so the script-tag core fetches it
 * (`consentry-write.js`) only when something must be written (docs/adr/0002-compiled-config.md).
 * @internal
 */
export const createWriter = (jar: CookieJar = createBrowserJar()) => ({
  jar,
  /** Deletes the cookies and storage entries `rules` match, except those `kept`. */
  sweep: (rules: CookieRule[], kept: (name: string) => boolean) => deleteCookies(jar, rules, kept),
  /**
   * Stores a decision as the consent cookie. Returns the value written, for the other tabs, and
   * the decision's proof of consent.
   */
  store(
    record: ConsentRecord,
    previous: ConsentRecord | undefined,
    model: ConsentModel,
    gpc: boolean,
  ): [string, ProofRecord] {
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
    return [raw, proofOf(record, previous, hash(JSON.stringify(model.config)), gpc, url)]
  },
  /** Removes the consent cookie. */
  forget({ cookie: { name, domain, path } }: ConsentModel) {
    jar.remove(name, { domain, path })
  },
})

/** @internal */
export type Writer = ReturnType<typeof createWriter>
