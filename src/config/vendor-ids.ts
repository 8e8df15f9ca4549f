import type { VendorId } from '../types/config'

/**
 * The vendor registry: every vendor whose own consent calls Consentry makes, by the id a service
 * names in `"vendor"`: the run-time twin of the public `VendorId` type, which the compiler holds
 * it equal to (test/types/schema-types.ts). The config schema checks against it, and the
 * built-in plugin list (`signals/builtin-plugins.ts`) must have an adapter for each id.
 * @internal
 */
export const VENDOR_IDS = [
  'meta',
  'uet',
  'clarity',
  'matomo',
  'tiktok',
  'ga',
] as const satisfies readonly VendorId[]
