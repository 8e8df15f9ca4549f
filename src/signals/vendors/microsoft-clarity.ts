import { consentModeState } from '../google-consent-mode'
import { vendorAdapter, type VendorCall } from './vendor-adapter'

// Clarity's own casing: `ad_Storage`, `analytics_Storage` (Consent API v2).
const signals = ({ consent, granted }: VendorCall) => ({
  ad_Storage: granted && consentModeState(consent).ad_storage == 'granted' ? 'granted' : 'denied',
  analytics_Storage: granted ? 'granted' : 'denied',
})

/**
 * Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })` on start and on
 * every change (not the retired `clarity('consent')`). Until Clarity's script arrives, calls wait
 * in the same queue its snippet creates, which the snippet keeps.
 * @example createConsent(config, { plugins: [microsoftClarity()] })
 */
export const microsoftClarity = vendorAdapter(
  'clarity',
  (call) => {
    const { w } = call
    w.clarity ||= function () {
      // eslint-disable-next-line prefer-rest-params
      ;(w.clarity.q ||= []).push(arguments)
    }
    w.clarity('consentv2', signals(call))
  },
  (call) => JSON.stringify(signals(call)),
)
