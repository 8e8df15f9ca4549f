/**
 * Builds the live copy of an inert `<script type="text/plain">`. Changing the type of a parsed
 * script never runs it, but a clone is a fresh element: the HTML spec's "prepare the script
 * element" stops at an unknown type before it marks the script "already started", so the clone
 * runs when inserted. Cloning keeps every attribute (`src`, `async`, `defer`, `integrity`,
 * `crossorigin`, `referrerpolicy`, `data-*`), the text and the CSP nonce; `data-type` becomes
 * the type, e.g. `module`.
 * @internal
 */
export function liveScript(inert: HTMLScriptElement): HTMLScriptElement {
  const live = inert.cloneNode(true) as HTMLScriptElement
  live.type = inert.getAttribute('data-type') || ''
  live.removeAttribute('data-type')
  live.setAttribute('data-consent-state', 'active')
  // Scripts added by script are async unless told otherwise; ordered ones must not be.
  live.async = inert.hasAttribute('async')
  return live
}
