import type { Consent } from '../../types'
import { vendorAdapter } from './vendor-adapter'

// Clarity's own casing: `ad_Storage`, `analytics_Storage` (Consent API v2).
const signals = (consent: Consent, on: boolean) => {
  const state = (granted: unknown) => (granted ? 'granted' : 'denied')
  return {
    ad_Storage: state(on && consent.getConsentMode().ad_storage == 'granted'),
    analytics_Storage: state(on),
  }
}

/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })` on start and on
 * every change (not the retired `clarity('consent')`). Until Clarity's script arrives, calls wait
 * in the same queue its snippet creates, which the snippet keeps.
 * @example createConsent(config, { plugins: [microsoftClarity()] })
 */
export const microsoftClarity = vendorAdapter(
  'clarity',
  (w, on, { consent }) => {
    w.clarity ||= function () {
      // eslint-disable-next-line prefer-rest-params
      ;(w.clarity.q ||= []).push(arguments)
    }
    w.clarity('consentv2', signals(consent, on))
  },
  signals,
)
