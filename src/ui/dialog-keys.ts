import type { JSX } from 'preact'

const FOCUSABLE = ':is(a,button):not(:disabled)'

/**
 * Keyboard behaviour of the banner and the preferences (WAI-ARIA APG dialog pattern): Escape
 * closes, and in a modal one Tab and Shift+Tab cycle inside.
 * @returns the `onKeyDown` handler of the dialog element.
 * @internal
 */
export const dialogKeys =
  (modal: boolean, onClose: () => void) => (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    const dialog = event.currentTarget
    if (event.key == 'Escape') {
      event.preventDefault()
      onClose()
    }
    if (event.key != 'Tab' || !modal) return
    const all = dialog.querySelectorAll<HTMLElement>(FOCUSABLE)
    const first = all[0]
    const last = all[all.length - 1]
    const active = (dialog.getRootNode() as ShadowRoot).activeElement
    if (event.shiftKey ? active == first || active == dialog : active == last) {
      event.preventDefault()
      ;(event.shiftKey ? last : first)?.focus()
    }
  }
