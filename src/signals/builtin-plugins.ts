import type { ConsentPlugin } from '../types'
import { dataLayerEvents } from './datalayer-events'
import { googleConsentMode, type GoogleConsentModeOptions } from './google-consent-mode'
import { googleAnalyticsDisable } from './vendors/google-analytics'
import { matomo } from './vendors/matomo'
import { metaPixel } from './vendors/meta-pixel'
import { microsoftClarity } from './vendors/microsoft-clarity'
import { microsoftUet } from './vendors/microsoft-uet'
import { tiktokPixel } from './vendors/tiktok-pixel'
import type { VendorId } from '../types/config'

/** Each vendor's adapter, by vendor id: the compiler refuses a registry id left out here. */
const vendorAdapters = {
  meta: metaPixel,
  uet: microsoftUet,
  clarity: microsoftClarity,
  matomo,
  tiktok: tiktokPixel,
  ga: googleAnalyticsDisable,
} satisfies Record<VendorId, () => ConsentPlugin>

/**
 * Every signal plugin Consentry has: Google Consent Mode, the dataLayer events and each vendor's
 * consent calls. Each does nothing unless the config asks for it (`googleConsentMode`, a service
 * naming its `vendor`). The script tag starts all of them.
 * @example createConsent(config, { plugins: builtinPlugins() })
 */
export const builtinPlugins = (options: GoogleConsentModeOptions = {}): ConsentPlugin[] => [
  googleConsentMode(options),
  dataLayerEvents(),
  ...Object.values(vendorAdapters).map((adapter) => adapter()),
]
