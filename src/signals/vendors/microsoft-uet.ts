import { vendorAdapter } from './vendor-adapter'

/**
 * Microsoft UET (Microsoft Advertising): `uetq.push('consent', 'default', { ad_storage:
 * 'denied' })` before the tag, on `uetq`, the queue Microsoft's snippet keeps; then
 * `uetq.push('consent', 'update', { ad_storage })` with the choice and on every change.
 * @example createConsent(config, { plugins: [microsoftUet()] })
 */
export const microsoftUet = vendorAdapter('uet', (w, on, { first }) => {
  const uetq = (w.uetq ||= [])
  if (first) uetq.push('consent', 'default', { ad_storage: 'denied' })
  if (on || !first) uetq.push('consent', 'update', { ad_storage: on ? 'granted' : 'denied' })
})
