import { vendorAdapter } from './vendor-adapter'

/**
 * Matomo: `_paq.push(['requireConsent'])` before tracking, `['setConsentGiven']` on every page
 * while granted, `['forgetConsentGiven']` on withdrawal. `_paq` is the queue Matomo's snippet
 * keeps.
 * @example createConsent(config, { plugins: [matomo()] })
 */
export const matomo = vendorAdapter('matomo', (w, on, { first }) => {
  const paq = (w._paq ||= [])
  if (first) paq.push(['requireConsent'])
  if (on || !first) paq.push([on ? 'setConsentGiven' : 'forgetConsentGiven'])
})
