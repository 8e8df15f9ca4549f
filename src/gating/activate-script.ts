import { trustedTypes } from './trusted-types'

/**
 * Builds the live copy of an inert `<script type="text/plain">` as a fresh element, never a
 * clone: a clone inherits the HTML spec's "already started" flag, which the fragment parser sets
 * on every script it creates, so the clone of a script inserted through `innerHTML` would never
 * run, fire neither `load` nor `error`, and hold every later inline gated script forever. A fresh
 * element runs when inserted. It gets every attribute (`src`, `async`, `defer`, `integrity`,
 * `crossorigin`, `referrerpolicy`, `data-*`), the text and the CSP nonce, which browsers hide
 * from the attribute once the page has a policy and keep only in the `nonce` property;
 * `data-type` becomes the type, e.g. `module`.
 * @internal
 */
export function liveScript(inert: HTMLScriptElement): HTMLScriptElement {
  const live = inert.ownerDocument.createElement('script')
  // Marked first: auto-blocking leaves alone what Consentry itself activates.
  live.setAttribute('data-consent-state', 'active')
  // On a page that enforces Trusted Types, its URL and text go through Consentry's policy.
  const policy = trustedTypes()
  for (const { name, value } of inert.attributes)
    live.setAttribute(name, name == 'src' ? policy.createScriptURL(value) : value)
  live.nonce = inert.nonce || ''
  live.text = policy.createScript(inert.text)
  live.type = inert.getAttribute('data-type') || ''
  live.removeAttribute('data-type')
  // Scripts added by script are async unless told otherwise; ordered ones must not be.
  live.async = inert.hasAttribute('async')
  return live
}

/**
 * Resolves in a new task, so that the page can paint and answer input between two gated
 * scripts: `scheduler.yield()` where the browser has it (the continuation keeps its priority),
 * else a message to a fresh MessageChannel, which unlike `setTimeout` is not clamped to 4 ms
 * after a few nested calls nor throttled in background tabs.
 * @internal
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield == 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
