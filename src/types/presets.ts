import type { ConsentModeKey, VendorId } from './config'

/*
 * The shape of a service preset. Field names mirror the service fields of the config schema, so
 * that expanding a preset is a plain copy of fields the site did not write.
 */

/** A category a preset suggests; the site's own `category` always wins. */
export type PresetCategory = 'necessary' | 'preferences' | 'analytics' | 'marketing' | 'media'

/** A Google Consent Mode v2 key. */
export type PresetConsentModeKey = ConsentModeKey

/** Which vendor consent-call adapter applies to a service. */
export type PresetVendor = VendorId

/** One cookie (or storage key) a preset declares; `name` is a Consentry cookie-name pattern. */
export interface PresetCookie {
  /** Exact name, `*`, a placeholder such as `_ga_<container>`, or a `/regex/flags` literal. */
  name: string
  /** `"session"`, a human lifetime such as `"13 months"`, or seconds. */
  duration: string | number
  /** Set by the vendor's own domain, so this site can neither read nor delete it. */
  thirdParty?: boolean
  /** One short sentence for the cookie table. */
  purpose?: string
  /** @default 'cookie' */
  storage?: 'cookie' | 'localStorage' | 'sessionStorage'
  /** The domain the cookie is set on, where the vendor documents it. */
  domain?: string
}

/** What Consentry knows about a well-known service, ready to fill in a service declaration. */
export interface Preset {
  /** Display name, e.g. `"Google Analytics 4"`. */
  name: string
  /** The legal entity that processes the data, e.g. `"Google Ireland Limited"`. */
  provider: string
  /** The category a site usually puts the service in. */
  category: PresetCategory
  /** One short sentence on what the service does with the visitor's data. */
  purpose: string
  privacyPolicyUrl: string
  cookies: PresetCookie[]
  /** Hosts its scripts, embeds and pixels load from, as bare host names. */
  hosts: string[]
  /** Consent Mode keys the service needs; only where Google documents them. */
  consentMode?: PresetConsentModeKey[]
  /** The vendor consent-call adapter that applies. */
  vendor?: PresetVendor
  /** Where each fact comes from; kept in the catalogue, never copied into a config. */
  sources: string[]
}
