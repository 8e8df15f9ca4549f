import { CONSENT_MODE_KEYS, isAdKey, type ConsentModeKey } from './consent-mode-keys'
import type { ConsentConfig } from './schema'

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
