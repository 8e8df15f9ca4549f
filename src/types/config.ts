/*
 * The configuration's types, written out for readers of the published `.d.ts`. The schema
 * (`src/config/schema.ts`) checks configs at run time and writes `consentry.schema.json`;
 * test/types/schema-types.ts holds these types and the schema equal, so neither can drift.
 */
import type { VendorId } from './vendors'

export type { VendorId } from './vendors'

/** A text, either one string or one per language code. */
export type LocalizedText = string | Record<string, string>

/** One Google Consent Mode v2 key. */
export type ConsentModeKey =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage'

/** How consent is asked: `opt-in` (EU: nothing optional before a yes) or `opt-out` (US). */
export type Regime = 'opt-in' | 'opt-out'

/** A cookie (or storage key) declared inside a category or service. */
interface OwnedCookieConfig {
  /** A pattern: an exact name, `*`, a `<placeholder>` or a `/regex/flags` literal. */
  name: string
  purpose?: LocalizedText
  /** `"session"`, a human lifetime such as `"13 months"`, or seconds. */
  duration?: string | number
  domain?: string
  path?: string
  thirdParty?: boolean
  storage?: 'cookie' | 'localStorage' | 'sessionStorage'
}

/** A cookie (or storage key) declaration; `name` is a pattern. */
export interface CookieConfig extends OwnedCookieConfig {
  category?: string
  service?: string
}

/** A category declaration. */
export interface CategoryConfig {
  required?: boolean
  title?: LocalizedText
  description?: LocalizedText
  cookies?: OwnedCookieConfig[]
  consentMode?: ConsentModeKey[]
  gpc?: boolean
}

/** A service declaration. */
export interface ServiceConfig {
  category: string
  name?: string
  provider?: string
  purpose?: LocalizedText
  privacyPolicyUrl?: string
  cookies?: OwnedCookieConfig[]
  preset?: string
  hosts?: string[]
  consentMode?: ConsentModeKey[]
  vendor?: VendorId
  ids?: string[]
  gpc?: boolean
  /**
   * `"audience-measurement"`: consent-exempt audience measurement (CNIL), which runs before a
   * choice until the visitor objects; validated against CNIL's conditions.
   */
  exempt?: 'audience-measurement'
}

type Grant = 'granted' | 'denied'

/** The Consent Mode defaults for visitors from some regions. */
interface RegionDefaults {
  region: string[]
  ad_storage?: Grant
  ad_user_data?: Grant
  ad_personalization?: Grant
  analytics_storage?: Grant
  functionality_storage?: Grant
  personalization_storage?: Grant
  security_storage?: Grant
}

/** The `googleConsentMode` option in its long form. */
interface GoogleConsentModeConfig {
  mode?: 'basic' | 'advanced'
  template?: boolean
  waitForUpdate?: number
  adsDataRedaction?: boolean
  urlPassthrough?: boolean
  regions?: RegionDefaults[]
}

/** The JSON configuration a site declares (see `consentry.schema.json`). */
export interface ConsentConfig {
  revision: number
  categories: Record<string, CategoryConfig>
  $schema?: string
  $compiled?: string
  services?: Record<string, ServiceConfig>
  cookies?: CookieConfig[]
  language?: { default?: string; available?: string[] }
  texts?: Record<string, Record<string, string>>
  cookie?: { name?: string; domain?: string; path?: string }
  expiry?: { consent?: string | number; refusal?: string | number }
  trustedMarkup?: string
  reloadOnWithdraw?: boolean
  googleConsentMode?: boolean | GoogleConsentModeConfig
  regime?: Regime
  regimes?: Record<string, Regime>
  region?: string
  gpc?: boolean
  log?: { endpoint: string }
  privacyPolicyUrl?: string
  aliases?: Record<string, string>
  autoBlock?: boolean | { undeclared?: 'warn' | 'block' }
  ui?: {
    layout?: 'bar' | 'bar-top' | 'box' | 'modal'
    position?: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left'
    theme?: 'light' | 'dark' | 'auto'
    floatingButton?: boolean | 'bottom-right' | 'bottom-left'
    closeButton?: boolean
    closeAction?: 'ask-again' | 'reject'
    placeholders?: boolean
  }
}

/** One problem found in a config: where, and what was wrong. */
export interface ConfigIssue {
  /** JSON path of the offending value, e.g. `categories.analytics.cookies[2].name`. */
  path: string
  /** What was expected and what was found, e.g. `expected a string, got 42`. */
  message: string
}
