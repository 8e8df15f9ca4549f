import { vendorAdapter } from './vendor-adapter'

/**
 * GA4 without Consent Mode: `window['ga-disable-<ID>'] = true` while analytics is denied, for
 * each measurement id in the service's `ids`. Off in Consent Mode's advanced mode, where GA
 * must run to send cookieless pings.
 * @example createConsent(config, { plugins: [googleAnalyticsDisable()] })
 */
export const googleAnalyticsDisable = vendorAdapter('ga', (w, on, { consent: { config }, ids }) => {
  if ((config.googleConsentMode as { mode?: string })?.mode != 'advanced')
    for (const id of ids)
      for (const ga of config.services![id]!.ids || []) w['ga-disable-' + ga] = !on
})
