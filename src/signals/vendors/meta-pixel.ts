import { vendorAdapter } from './vendor-adapter'

/**
 * Meta Pixel: `fbq('consent', 'revoke' | 'grant')`.
 *
 * Meta's snippet does nothing when `fbq` already exists, so no stand-in may be defined before
 * it. If the pixel is not there yet, this waits for the snippet to define `fbq` and tells it
 * as soon as that script has run. A pixel loaded before consent must still carry Meta's own
 * `fbq('consent', 'revoke')` line before `fbq('init')`: see the README.
 * @example createConsent(config, { plugins: [metaPixel()] })
 */
export const metaPixel = vendorAdapter('meta', ({ w, now, first }) => {
  let stopped = false
  const tell = () => stopped || w.fbq('consent', now() ? 'grant' : 'revoke')
  if (w.fbq) return void tell()
  if (!first) return
  const set = (fbq: unknown) => {
    Object.defineProperty(w, 'fbq', {
      value: fbq,
      writable: true,
      configurable: true,
      enumerable: true,
    })
    queueMicrotask(tell)
  }
  Object.defineProperty(w, 'fbq', { configurable: true, set })
  return () => {
    stopped = true
    // A manager that is gone must neither tell a later snippet anything nor leave a trap.
    if (Object.getOwnPropertyDescriptor(w, 'fbq')?.set == set) delete w.fbq
  }
})
