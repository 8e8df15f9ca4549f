import type { ChunkLoader } from './load-chunk'
import type { Consent, ConsentUI } from '../types'

/**
 * The UI as the core knows it: consentry-ui.js, fetched only when the visitor must be asked or
 * asks for the preferences, or once the page has loaded if it needs the floating button or an
 * embed placeholder. A returning visitor who allowed everything downloads none of it. What the
 * real UI's attach returns runs on `destroy()`, even if the chunk arrives after it.
 * @internal
 */
export function createLazyUI(load: ChunkLoader): ConsentUI {
  const fail = (error: unknown) => console.error('Consentry:', error)
  return {
    show: (view, consent) => load('ui').then((real) => real.show(view, consent), fail),
    attach(consent: Consent) {
      let teardown: void | (() => void)
      let stopped = false
      // An embed that is granted needs no placeholder, even if the gate has not reached it yet
      // (while the page loads, it activates embeds in a later task, which may come after load).
      const needed = () =>
        consent.config.ui?.floatingButton ||
        [...document.querySelectorAll<HTMLElement>('iframe[data-consent]')].some(
          (frame) => !consent.isGranted(frame.dataset.consent!),
        )
      const check = () =>
        !stopped &&
        needed() &&
        load('ui').then((real) => stopped || (teardown = real.attach?.(consent)), fail)
      if (document.readyState == 'complete') void check()
      else addEventListener('load', check, { once: true })
      return () => {
        stopped = true
        removeEventListener('load', check)
        teardown?.()
      }
    },
  }
}
