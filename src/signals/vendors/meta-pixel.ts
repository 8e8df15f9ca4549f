import { vendorAdapter } from './vendor-adapter'

/**
 * Meta Pixel: `fbq('consent', 'revoke' | 'grant')`, before `fbq('init')`.
 *
 * Meta's snippet does nothing when `fbq` already exists, so no stand-in may be defined before
 * it. Instead the `fbq` the snippet defines is caught, and told the choice the first time the
 * page reads it, which is the snippet's own `fbq('init', …)`: the consent call is queued ahead
 * of the init and of every event. From then on `fbq` is a plain property again.
 * @example createConsent(config, { plugins: [metaPixel()] })
 */
export const metaPixel = vendorAdapter('meta', (w, on, { first, consent, ids }) => {
  const tell = (fbq: typeof w.fbq) =>
    fbq('consent', ids.some(consent.isGranted) ? 'grant' : 'revoke')
  if (w.fbq) return void tell(w.fbq)
  if (!first) return
  let fbq: typeof w.fbq
  let trapped = true
  // Leaves what the snippet defined (if anything) as an ordinary property.
  const release = () => {
    trapped = false
    delete w.fbq
    if (fbq) w.fbq = fbq
  }
  Object.defineProperty(w, 'fbq', {
    configurable: true,
    set: (value) => void (fbq = value),
    get: () => (fbq && trapped && (release(), tell(fbq)), fbq),
  })
  // A manager that is gone tells a later snippet nothing and leaves no trap.
  return () => trapped && release()
})
