import { vendorAdapter } from './vendor-adapter'

/**
 * GA4 without Consent Mode: `window['ga-disable-<ID>'] = true` while analytics is denied, for
 * each measurement id in the service's `ids`. Off in Consent Mode's advanced mode, where GA
 * must run to send cookieless pings.
 * @example createConsent(config, { plugins: [googleAnalyticsDisable()] })
 */
export const googleAnalyticsDisable = vendorAdapter('ga', ({ w, consent, granted, services }) => {
  const cm = consent.config.googleConsentMode
  if (typeof cm == 'object' && cm.mode == 'advanced') return
  for (const { ids = [] } of services) for (const id of ids) w['ga-disable-' + id] = !granted
})
