import type { ConsentPlugin } from '../types'
import { dataLayerEvents } from './datalayer-events'
import { googleConsentMode, type GoogleConsentModeOptions } from './google-consent-mode'
import vendorAdapters from './vendors'
import type * as vendors from './vendors'
import type { VendorId } from '../types/vendors'

/** The ids the adapters in `List` name: an adapter's plugin is named by its vendor's id. */
type Named<List> = List extends () => { name: infer Id } ? Id : never
/**
 * The registry's ids without an adapter among the exports of ./vendors or in its list; the
 * compiler names each one left out (`npm run vendors` writes ./vendors/index.ts).
 */
type Unadapted =
  | Exclude<VendorId, Named<(typeof vendors)[keyof typeof vendors]>>
  | Exclude<VendorId, Named<(typeof vendorAdapters)[number]>>
/** The adapters' list; with an id left out, that id, which `satisfies` below then names. */
type Adapters = [Unadapted] extends [never] ? typeof vendorAdapters : Unadapted

/**
 * Every signal plugin Consentry has: Google Consent Mode, the dataLayer events and each vendor's
 * consent calls, in the registry's order. Each does nothing unless the config asks for it
 * (`googleConsentMode`, a service naming its `vendor`). The script tag starts all of them.
 * @example createConsent(config, { plugins: builtinPlugins() })
 */
export const builtinPlugins = (options: GoogleConsentModeOptions = {}): ConsentPlugin[] => [
  googleConsentMode(options),
  dataLayerEvents(),
  ...(vendorAdapters satisfies Adapters).map((adapter) => adapter()),
]
