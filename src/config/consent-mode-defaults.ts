import { CONSENT_MODE_KEYS, isAdKey } from './consent-mode-keys'
import type { ConsentConfig, ConsentModeKey, ServiceConfig } from '../types'

const AD = CONSENT_MODE_KEYS.filter(isAdKey)
const FUNCTIONAL: ConsentModeKey[] = ['functionality_storage', 'personalization_storage']

// Google's documented mapping, by the category names sites actually use.
const DEFAULTS: Record<string, readonly ConsentModeKey[]> = {
  marketing: AD,
  advertising: AD,
  ads: AD,
  analytics: ['analytics_storage'],
  statistics: ['analytics_storage'],
  performance: ['analytics_storage'],
  preferences: FUNCTIONAL,
  functional: FUNCTIONAL,
  functionality: FUNCTIONAL,
}

/**
 * The Consent Mode keys a category stands for: its own `consentMode`, else the default for its
 * id (`marketing` → the three ad keys, `analytics` → `analytics_storage`, `preferences` →
 * functionality and personalization).
 * @internal
 */
export const keysOf = (config: ConsentConfig, category: string): readonly ConsentModeKey[] =>
  config.categories[category]?.consentMode ||
  (Object.hasOwn(DEFAULTS, category) && DEFAULTS[category]) ||
  []

/**
 * Whether Global Privacy Control opts the visitor out of a category: its own `gpc`, else whether
 * it stands for advertising (an ad key), since GPC is an opt-out of sale, sharing and targeted
 * advertising.
 * @internal
 */
export const gpcApplies = (config: ConsentConfig, category: string): boolean =>
  config.categories[category]?.gpc ?? keysOf(config, category).some(isAdKey)

// Vendors whose pixels exist to share visitors' data for targeted advertising: a service calling
// them is a sale or sharing under the CCPA/CPRA, whatever category a site files it under. (A
// service that names no vendor is in none.)
const SELLS_OR_SHARES: readonly (string | undefined)[] = ['meta', 'tiktok', 'uet']

/**
 * Whether Global Privacy Control opts the visitor out of a service on its own: by its purpose,
 * wherever it is filed. Its own `gpc`, else whether it stands for an ad key or calls a vendor
 * known to sell or share (a Meta or TikTok pixel under "analytics" is still advertising).
 * @internal
 */
export const gpcAppliesToService = (service: ServiceConfig): boolean =>
  service.gpc ?? (service.consentMode?.some(isAdKey) || SELLS_OR_SHARES.includes(service.vendor))
