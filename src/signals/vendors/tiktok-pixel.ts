import { vendorAdapter } from './vendor-adapter'

/**
 * TikTok Pixel: `ttq.holdConsent()` first, then `ttq.grantConsent()` / `ttq.revokeConsent()`.
 * Before TikTok's snippet runs, calls go on `ttq` as the `[method]` entries its stand-in queues
 * (the snippet keeps an existing `ttq`).
 * @example createConsent(config, { plugins: [tiktokPixel()] })
 */
export const tiktokPixel = vendorAdapter('tiktok', (w, on, { first }) => {
  const ttq = (w.ttq ||= [])
  const call = (method: string) => (ttq[method] ? ttq[method]() : ttq.push([method]))
  if (first) call('holdConsent')
  if (on || !first) call(on ? 'grantConsent' : 'revokeConsent')
})
