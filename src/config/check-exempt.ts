import { joinPath } from './check-shape'
import { isAdKey } from './consent-mode-keys'
import { parseDuration } from './duration'
import { MAX_EXPIRY } from './build-model'
import type { ConfigIssue, ConsentConfig, CookieConfig } from '../types'

// Vendors whose tags serve advertising across sites: never audience measurement.
const ADVERTISING_VENDORS = ['meta', 'uet', 'tiktok']

/**
 * Holds `"exempt": "audience-measurement"` to what CNIL lets go without consent (its audience
 * measurement exemption, the direction of the EU's proposed Digital Omnibus): first-party
 * cookies only, each declared with a lifetime of at most 13 months, no advertising Consent Mode
 * key or advertising vendor (no tracking across sites), an optional category, and no GPC
 * sale-or-share flag. That the data is only aggregated is the site's own declaration, which
 * the config cannot show: README says so.
 * @internal
 */
export function checkExempt(config: ConsentConfig, issues: ConfigIssue[]): void {
  for (const [id, service] of Object.entries(config.services || {})) {
    if (!service.exempt) continue
    const at = joinPath('services', id)
    const fail = (path: string, message: string) =>
      issues.push({ path, message: `"exempt": "audience-measurement" needs ${message}` })
    if (config.categories[service.category]?.required)
      fail(at + '.category', 'an optional category (a required one needs no exemption)')
    if (service.consentMode?.some(isAdKey))
      fail(at + '.consentMode', 'no advertising Consent Mode key (no tracking across sites)')
    if (service.vendor && ADVERTISING_VENDORS.includes(service.vendor))
      fail(at + '.vendor', 'a vendor that does not advertise across sites')
    if (service.gpc) fail(at + '.gpc', 'a service that does not sell or share data')
    const own = (service.cookies || []).map((cookie, i) => ({
      cookie,
      path: joinPath(joinPath(at, 'cookies'), i),
    }))
    const listed = (config.cookies || []).flatMap((cookie: CookieConfig, i) =>
      cookie.service == id ? [{ cookie, path: joinPath('cookies', i) }] : [],
    )
    for (const { cookie, path } of [...own, ...listed]) {
      if (cookie.thirdParty) fail(path + '.thirdParty', 'first-party cookies only')
      const seconds = cookie.duration == null ? undefined : parseDuration(cookie.duration)
      if (seconds == null || seconds > MAX_EXPIRY)
        fail(path + '.duration', 'every cookie declared with a lifetime of at most 13 months')
    }
  }
}
