import type { ConsentModeKey } from '../types'

/** The Consent Mode v2 keys, in Google's order. @internal */
export const CONSENT_MODE_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const satisfies readonly ConsentModeKey[]

/**
 * Whether a key is one of the three advertising keys, which Global Privacy Control (an opt-out
 * of sale, sharing and targeted advertising) keeps denied.
 * @internal
 */
export const isAdKey = (key: string): boolean => key.startsWith('ad_')
