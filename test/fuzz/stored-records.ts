import { vi } from 'vitest'
import { createConsent, type Consent, type ConsentRecord } from 'consentry'
import { fakeJar, siteConfig } from '../helpers'

/*
 * Writing and reading the consent cookie through the public API only: createConsent on a page
 * without a document, with a jar that holds the cookie.
 */

/** Whether a cookie name is the consent cookie's (`__Host-consentry` on https pages). */
export const ours = (name: string) => name.replace(/^__Host-/, '') == 'consentry'

/** A manager on a page without a document, whose consent cookie holds `stored`. */
function managerOn(stored: string | undefined, onWrite: (value: string) => void = () => {}) {
  const get = (name: string) => (ours(name) ? stored : undefined)
  const set = (name: string, value: string) => ours(name) && onWrite(value)
  return createConsent(siteConfig(), { document: null, jar: fakeJar({ get, set }) })
}

/** The choice Consentry reads from a cookie holding `raw`, or `undefined` for none. */
export function readBack(raw: string): ConsentRecord | undefined {
  const consent = managerOn(raw)
  try {
    return consent.getRecord()
  } finally {
    consent.destroy()
  }
}

/** The cookie value after a decision made at `time` on a page whose cookie holds `stored`. */
export function decideAt(
  time: number,
  stored: string | undefined,
  decide: (consent: Consent) => void,
) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(time)
  let written = stored
  const consent = managerOn(stored, (value) => (written = value))
  try {
    decide(consent)
  } finally {
    consent.destroy()
    vi.useRealTimers()
  }
  return written!
}

/** The decisions a visitor can make, by the method the record names. */
export const decisions = {
  'accept-all': () => (consent: Consent) => consent.acceptAll(),
  'reject-all': () => (consent: Consent) => consent.rejectAll(),
  custom: (choice: { categories: string[]; services: string[] }) => (consent: Consent) =>
    consent.save(choice),
}
