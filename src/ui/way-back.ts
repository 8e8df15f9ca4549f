import { PAGE_CONTROL, WATCHED, warnWithoutWayBack } from './way-back-warning'
import {
  createWayBackButton,
  type WayBackButton,
  type WayBackButtonOptions,
} from './way-back-button'

/**
 * Keeps a way back to the preferences on the page (GDPR Art. 7(3): withdrawing is as easy as
 * consenting). After a decision the floating button shows, unless the page has its own
 * `data-consent-action="preferences"` control: one added or removed later (a footer rendered by
 * a framework) is noticed by a MutationObserver. Under Global Privacy Control it shows whatever
 * the page has, since it is where the visitor sees that the opt-out was honored (CCPA
 * regulations §7025(c)(6)). `ui.floatingButton: true` (or a corner) shows it whatever the page has; `false` never does (see {@link warnWithoutWayBack}).
 * @returns what stops watching and takes the button away.
 * @internal
 */
export function startWayBack(options: WayBackButtonOptions): () => void {
  const { consent, doc } = options
  if (warnWithoutWayBack(consent, doc)) return () => {}
  const forced = !!consent.config.ui?.floatingButton
  let button: WayBackButton | undefined
  let visible = false
  const update = () => {
    const { decided, gpc } = consent.getState()
    const next = decided && (forced || gpc || !doc.querySelector(PAGE_CONTROL))
    if (next != visible) (button ||= createWayBackButton(options)).show((visible = next))
  }
  const observer = new MutationObserver(update)
  observer.observe(doc.documentElement, WATCHED)
  const off = consent.on('change', update)
  update()
  return () => {
    observer.disconnect()
    off()
    button?.remove()
  }
}
