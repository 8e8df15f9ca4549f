import type { ServiceConfig } from '../../config/schema'
import type { Consent, ConsentPlugin } from '../../types'
import { pageGlobals, type PageGlobals } from '../gtag'

/** What an adapter's `apply` is told. @internal */
export interface VendorCall {
  w: PageGlobals
  consent: Consent
  /** Whether any service of this vendor is granted. */
  granted: boolean
  /** The same, read again now (for calls made later). */
  now: () => boolean
  /** The first call, on start (before the vendor's own script can run). */
  first: boolean
  /** The vendor's services in the config. */
  services: ServiceConfig[]
}

/**
 * A plugin that tells one vendor what the visitor chose: once on start, then whenever what it
 * is told (`value`, by default whether one of its services is granted) changes. It does nothing
 * unless a service in the config names this `vendor` (presets do).
 * @internal
 */
export const vendorAdapter =
  (
    vendor: NonNullable<ServiceConfig['vendor']>,
    apply: (call: VendorCall) => void,
    value: (call: VendorCall) => unknown = (call) => call.granted,
  ) =>
  (): ConsentPlugin => ({
    name: vendor,
    setup(consent) {
      const all = consent.config.services || {}
      const ids = Object.keys(all).filter((id) => all[id]!.vendor == vendor)
      if (!ids.length) return
      const now = () => ids.some(consent.isGranted)
      const call = (first: boolean): VendorCall => ({
        w: pageGlobals(),
        consent,
        granted: now(),
        now,
        first,
        services: ids.map((id) => all[id]!),
      })
      let last = call(true)
      apply(last)
      return consent.on('change', () => {
        const next = call(false)
        if (value(next) !== value(last)) apply((last = next))
      })
    },
  })
