// Type-level test, checked by `tsc -p .` (npm run test:types): the public config types are
// written out by hand in src/types/config.ts (a leaf that imports nothing), and the run-time
// schema and registries are the engine's own. Each line below fails to compile the moment the
// two disagree: a field, an optional mark or a union member on one side only.
import type {
  CategoryConfig,
  ConsentConfig,
  ConsentModeKey,
  CookieConfig,
  ServiceConfig,
  VendorId,
} from 'consentry'
import { CONSENT_MODE_KEYS } from '../../src/config/consent-mode-keys'
import { categoryShape, configShape, serviceShape } from '../../src/config/schema'
import type { Infer } from '../../src/config/shape'
import { VENDOR_IDS } from '../../src/types/vendors'

// Identical, not merely assignable both ways: an optional field missing on one side counts.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const same = <A, B>(verdict: Same<A, B>) => verdict

type SchemaConfig = Infer<typeof configShape>

export const configTypesMatchTheSchema = [
  same<ConsentConfig, SchemaConfig>(true),
  same<CategoryConfig, Infer<typeof categoryShape>>(true),
  same<ServiceConfig, Infer<typeof serviceShape>>(true),
  same<CookieConfig, NonNullable<SchemaConfig['cookies']>[number]>(true),
  same<ConsentModeKey, (typeof CONSENT_MODE_KEYS)[number]>(true),
  // A service's `vendor`, by the name the package exports.
  same<VendorId, NonNullable<ServiceConfig['vendor']>>(true),
  same<VendorId, (typeof VENDOR_IDS)[number]>(true),
]
