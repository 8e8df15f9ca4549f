import { describe, expect, it, vi } from 'vitest'
import type { Consent, ConsentChange } from 'consentry'
import { cookies, siteConfig, start } from '../helpers'

/*
 * Re-entrancy is part of the contract: any method called from inside the manager's own work (a
 * plugin's setup, a change listener, a whenGranted callback, a consentry:ready handler) leaves
 * the cookie, the state, the record, the gate and the events in agreement, with no loop.
 */

type Call = (consent: Consent) => void
const CALLS: Record<string, Call> = {
  acceptAll: (consent) => consent.acceptAll(),
  save: (consent) => consent.save({ categories: ['analytics'] }),
  rejectAll: (consent) => consent.rejectAll(),
  reset: (consent) => consent.reset(),
  destroy: (consent) => consent.destroy(),
}

const flush = () => new Promise((done) => setTimeout(done, 5))

/** A page with a gated analytics script, a manager, and every change it announced. */
function startPage(setup?: Call) {
  document.body.innerHTML = `<script type="text/plain" data-consent="analytics">void 0</script>`
  const plugins = setup ? [{ name: 'calls-back', setup }] : []
  const consent = start(siteConfig(), { plugins })
  const changes: ConsentChange[] = []
  consent.on('change', (change) => changes.push(change))
  return { consent, changes }
}

/** Cookie, state, record, gate and events agree; the manager settled. */
async function expectAgreement(consent: Consent, changes: ConsentChange[]) {
  await flush()
  const state = consent.getState()
  const record = consent.getRecord()
  expect(!!cookies().consentry).toBe(state.decided)
  expect(!!record).toBe(state.decided)
  if (record) {
    expect(record.method).toBe(state.method)
    const granted = Object.keys(state.categories).filter((id) => state.categories[id])
    expect([...record.categories].sort()).toEqual(granted.sort())
  }
  if (changes.length) expect(changes.at(-1)!.state).toEqual(state)
  // The gate activated the analytics script exactly when it is granted, and only once.
  const gated = () => document.querySelectorAll('[data-consent="analytics"]')
  const active = () => gated()[0]?.getAttribute('data-consent-state') == 'active'
  await vi.waitFor(() => expect(active()).toBe(state.categories.analytics))
  expect(gated()).toHaveLength(1)
}

describe('calling the manager from inside its own work', () => {
  for (const [name, call] of Object.entries(CALLS)) {
    it(`${name}() from a plugin's setup leaves everything in agreement`, async () => {
      const { consent, changes } = startPage(call)
      if (name == 'destroy') return expect(consent.getState().decided).toBe(false)
      await expectAgreement(consent, changes)
    })

    it(`${name}() from a change listener leaves everything in agreement, with no loop`, async () => {
      const { consent, changes } = startPage()
      // Called on every change, not once: a listener that decides again must not loop.
      consent.on('change', () => call(consent))
      consent.save({ categories: ['marketing'] })
      expect(changes.length).toBeLessThan(4)
      if (name != 'destroy') await expectAgreement(consent, changes)
    })

    it(`${name}() from a whenGranted callback leaves everything in agreement`, async () => {
      const { consent, changes } = startPage()
      consent.whenGranted('marketing', () => call(consent))
      consent.save({ categories: ['marketing'] })
      if (name != 'destroy') await expectAgreement(consent, changes)
    })

    it(`${name}() from a consentry:ready handler leaves everything in agreement`, async () => {
      // The handler runs after start() has returned: the page's variable is set by then.
      const pageView: { consent?: Consent } = {}
      const onReady = () => call(pageView.consent!)
      window.addEventListener('consentry:ready', onReady, { once: true })
      const { consent, changes } = startPage()
      pageView.consent = consent
      await flush()
      window.removeEventListener('consentry:ready', onReady)
      if (name != 'destroy') await expectAgreement(consent, changes)
    })
  }
})
