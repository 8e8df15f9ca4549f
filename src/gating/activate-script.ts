// Attributes that hold the gate itself; everything else is copied to the live script.
const GATE_ATTRIBUTES = ['type', 'data-type']

/**
 * Builds the live copy of an inert `<script type="text/plain">`. Changing the type of a parsed
 * script never runs it (its "already started" flag is set), so a fresh element is the only way.
 * Attributes (`src`, `async`, `defer`, `nonce`, `integrity`, `crossorigin`, `referrerpolicy`,
 * any `data-*`) carry over; `data-type` becomes the type, e.g. `module`.
 * @internal
 */
export function liveScript(inert: HTMLScriptElement): HTMLScriptElement {
  const live = inert.ownerDocument.createElement('script')
  for (const { name, value } of Array.from(inert.attributes))
    if (!GATE_ATTRIBUTES.includes(name)) live.setAttribute(name, value)
  const type = inert.getAttribute('data-type')
  if (type) live.type = type
  // `nonce` is hidden from getAttribute once the page has a CSP; the property still has it.
  if (inert.nonce) live.nonce = inert.nonce
  live.setAttribute('data-consent-state', 'active')
  // Scripts added by script are async unless told otherwise; ordered ones must not be.
  live.async = inert.hasAttribute('async')
  live.text = inert.text
  return live
}
