// The vendor registry. A new vendor is its adapter in src/signals/vendors/ plus its id here, then
// `npm run vendors`: the public `VendorId` type and the config schema derive from this list, and
// scripts/vendors.mjs writes src/signals/vendors/index.ts (built-in plugins, public exports).

/** The vendors whose own consent calls Consentry makes: the ids a service may name in `"vendor"`. */
export const VENDOR_IDS = ['meta', 'uet', 'clarity', 'matomo', 'tiktok', 'ga'] as const

/** A vendor whose consent calls Consentry makes. */
export type VendorId = (typeof VENDOR_IDS)[number]
