/*
 * The attack pages' stand-in for the core, bundled by the security e2e tests (never shipped):
 * it calls the gate, the action binding and the cookie functions exactly as the core will once
 * wired, with `necessary` granted, and records what happened on `window.__lab`. The nonce is
 * this script's own, as the core takes it from consentry.js; `?trusted=` gives trustedMarkup.
 */
import { buildModel } from '../../src/config/build-model'
import { consentCookieName } from '../../src/consent/cookie-name'
import { decodeRecord, encodeRecord } from '../../src/consent/record'
import { createCookieReader } from '../../src/cookies/read-cookies'
import { bindActions } from '../../src/gating/bind-actions'
import { createGate } from '../../src/gating/create-gate'
import { createWriter } from '../../src/consent/writer'
import type { ConsentRecord } from 'consentry'

const script = document.currentScript as HTMLScriptElement
const trustedMarkup = new URL(script.src).searchParams.get('trusted') || undefined
const describe = (el: Element) => el.id || el.outerHTML.slice(0, 80)

const lab = {
  ran: [] as string[],
  refused: [] as string[],
  decisions: [] as string[],
  /** Writes a consent as the core does; `sharedDomain` is a config's cookie.domain. */
  consent(sharedDomain?: string) {
    const model = modelFor(sharedDomain)
    const state = { decided: true, method: 'accept-all', gpc: false, categories: {}, services: {} }
    createWriter().store({
      method: 'reject-all',
      state: state as never,
      previous: undefined,
      model,
    })
  },
  /** The stored choice as the core reads it (its method), or `none`. */
  storedChoice(sharedDomain?: string) {
    const model = modelFor(sharedDomain)
    const name = consentCookieName(model.cookie, location.protocol == 'https:')
    const record = decodeRecord(createCookieReader().get(name), model, Date.now())
    return record ? `${record.method} ${record.consentId}` : 'none'
  },
  /** A record an attacker encodes with the public format and checksum. */
  forge(consentId: string) {
    const now = Date.now()
    const record: ConsentRecord = {
      consentId,
      firstDecision: now,
      lastDecision: now,
      revision: 1,
      method: 'accept-all',
      language: 'en',
      categories: ['necessary', 'marketing'],
      services: [],
    }
    return encodeRecord(record, modelFor())
  },
}
const modelFor = (domain?: string) =>
  buildModel({
    revision: 1,
    categories: { necessary: { required: true }, marketing: {} },
    ...(domain && { cookie: { domain } }),
  })
Object.assign(window, { __lab: lab })

/** What the attack pages find on `window.__lab`. */
export type Lab = typeof lab
declare global {
  interface Window {
    __lab: Lab
  }
}

createGate(
  document,
  (name) => name == 'necessary',
  (name, element) => lab.refused.push(describe(element)),
  { nonce: script.nonce, trustedMarkup },
)
bindActions(
  document,
  {
    'accept-all': () => lab.decisions.push('accept-all'),
    'reject-all': () => lab.decisions.push('reject-all'),
    preferences: () => lab.decisions.push('preferences'),
    banner: () => lab.decisions.push('banner'),
  },
  { trustedMarkup },
)
