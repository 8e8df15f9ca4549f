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
    /** Tells the vendor; the first call may return what undoes it on `destroy()`. */
    apply: (call: VendorCall) => void | (() => void),
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
      const first = call(true)
      // Kept as it was when told: `value` may read the consent again, which has changed since.
      let last = value(first)
      const stop = apply(first)
      const off = consent.on('change', () => {
        const next = call(false)
        if (value(next) === last) return
        last = value(next)
        apply(next)
      })
      return () => {
        off()
        if (stop) stop()
      }
    },
  })
