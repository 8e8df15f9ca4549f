import type { ConsentPlugin } from '../types'
import { dataLayerEvents } from './datalayer-events'
import { googleConsentMode, type GoogleConsentModeOptions } from './google-consent-mode'
import vendorAdapters from './vendors'
import type { VendorId } from '../types/vendors'

/**
 * The registry's ids with no adapter in ./vendors' list (`npm run vendors` writes it from the
 * registry): each adapter's plugin is named by its vendor's id, so `satisfies` below names any
 * id left out.
 */
type Unadapted = Exclude<VendorId, ReturnType<(typeof vendorAdapters)[number]>['name']>

/**
 * Every signal plugin Consentry has: Google Consent Mode, the dataLayer events and each vendor's
 * consent calls, in the registry's order. Each does nothing unless the config asks for it
 * (`googleConsentMode`, a service naming its `vendor`). The script tag starts all of them.
 * @example createConsent(config, { plugins: builtinPlugins() })
 */
export const builtinPlugins = (options: GoogleConsentModeOptions = {}): ConsentPlugin[] => [
  googleConsentMode(options),
  dataLayerEvents(),
  ...(vendorAdapters satisfies [Unadapted] extends [never] ? unknown : Unadapted).map((adapter) =>
    adapter(),
  ),
]
