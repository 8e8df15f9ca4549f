import type { ConsentAction } from '../types'
import { isTrusted, type TrustOptions } from './admit'

/**
 * Makes any element with `data-consent-action` a control, wherever and whenever it appears on
 * the page (one delegated listener, so footer links added later work too). With
 * `trustedMarkup`, only controls in trusted markup act: a link in a visitor's comment must not
 * record a consent the visitor never gave.
 * @internal
 */
export function bindActions(
  root: Document,
  actions: Record<ConsentAction, () => void>,
  options: TrustOptions = {},
): () => void {
  const onClick = (event: Event) => {
    const control = (event.target as Element).closest?.('[data-consent-action]')
    const name = control?.getAttribute('data-consent-action') as ConsentAction
    if (Object.hasOwn(actions, name) && isTrusted(control!, options)) {
      event.preventDefault()
      actions[name]()
    }
  }
  root.addEventListener('click', onClick)
  return () => root.removeEventListener('click', onClick)
}
