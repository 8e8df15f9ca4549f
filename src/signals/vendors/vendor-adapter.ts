import type { Consent, ConsentPlugin } from '../../types'
import { pageGlobals, type PageGlobals } from '../gtag'
import type { VendorId } from '../../types/config'

/** Where a vendor is told from. @internal */
export interface VendorCall {
  /** The call on start, before the vendor's own script can run. */
  first: boolean
  consent: Consent
  /** The ids of the services that name this vendor. */
  ids: string[]
}

/**
 * What tells one vendor: `on` is whether one of its services is granted. The first call may
 * return what undoes it on `destroy()`.
 * @internal
 */
export type VendorTell = (w: PageGlobals, on: boolean, call: VendorCall) => void | (() => void)

/**
 * A plugin that tells one vendor what the visitor chose: once on start, then whenever what it
 * is told (`value`, by default `on`) changes. It does nothing unless a service in the config
 * names this `vendor` (presets do). The plugin's type carries its name, the vendor's id, by which
 * the compiler checks that every vendor has its adapter (src/signals/builtin-plugins.ts).
 * @internal
 */
export const vendorAdapter =
  <Id extends VendorId>(
    vendor: Id,
    tell: VendorTell,
    value: (consent: Consent, on: boolean) => unknown = (_, on) => on,
  ) =>
  (): ConsentPlugin & { name: Id } => ({
    name: vendor,
    setup(consent) {
      const all = consent.config.services || {}
      const ids = Object.keys(all).filter((id) => all[id]!.vendor == vendor)
      let last: string | undefined
      const told = (first: boolean) => {
        const on = ids.some(consent.isGranted)
        const now = JSON.stringify(value(consent, on))
        if (now != last) return ((last = now), tell(pageGlobals(), on, { first, consent, ids }))
      }
      if (!ids.length) return
      const stop = told(true)
      const off = consent.on('change', () => told(false))
      return () => (off(), stop?.())
    },
  })
