/**
 * The vendor registry: every vendor whose own consent calls Consentry makes, by the id a service
 * names in `"vendor"`. The config schema, the preset type and the built-in plugin list
 * (`signals/builtin-plugins.ts`, which the compiler holds to this list) all derive from it.
 * A new vendor is one adapter file in src/signals/vendors/, one id here and its line in the built-in list.
 * @internal
 */
export const VENDOR_IDS = ['meta', 'uet', 'clarity', 'matomo', 'tiktok', 'ga'] as const

/** A vendor whose consent calls Consentry makes. */
export type VendorId = (typeof VENDOR_IDS)[number]
