import type { ChunkLoader } from './load-chunk'
import type { Consent, ConsentUI } from '../types'
import { whenIdle } from '../manager/when-idle'
import { PAGE_CONTROL, WATCHED, warnWithoutWayBack } from '../ui/way-back-warning'

/**
 * The UI as the core knows it: consentry-ui.js, fetched only when the visitor must be asked or
 * asks for the preferences, or once the page has loaded if it needs an embed placeholder. The
 * way back to the preferences is consentry-floating.js (about 2 kB), fetched in idle time after
 * load once the visitor has decided; it shows the floating button unless the page has a
 * "Cookie settings" control of its own, and the UI comes only when it is clicked. What the real
 * UI's attach returns runs on `destroy()`, even if the chunk arrives after it.
 * @internal
 */
export function createLazyUI(load: ChunkLoader): ConsentUI {
  const fail = (error: unknown) => console.error('Consentry:', error)
  return {
    show: (view, consent) => load('ui').then((real) => real.show(view, consent), fail),
    attach(consent: Consent) {
      let teardown: void | (() => void)
      let stopped = false
      let stopWayBack: (() => void) | undefined
      // An embed that is granted needs no placeholder, even if the gate has not reached it yet
      // (while the page loads, it activates embeds in a later task, which may come after load).
      const needed = () =>
        [...document.querySelectorAll<HTMLElement>('iframe[data-consent]')].some(
          (frame) => !consent.isGranted(frame.dataset.consent!),
        )
      // Once the visitor has decided, in idle time after load: the floating button's chunk. A
      // page with its own control (and no GPC status to show) fetches it only if that goes.
      let offChange: (() => void) | undefined
      let stopWatching: (() => void) | undefined
      const fetchWayBack = () =>
        whenIdle(() =>
          load('floating').then((start) => {
            if (!stopped)
              stopWayBack = start({ consent, doc: document, open: () => consent.showPreferences() })
          }, fail),
        )
      const wayBack = () => {
        if (stopped || !consent.getState().decided) return
        offChange?.()
        const pageHasOne = !consent.config.ui?.floatingButton && !consent.getState().gpc
        if (!pageHasOne || !document.querySelector(PAGE_CONTROL)) return void fetchWayBack()
        const observer = new MutationObserver(() => {
          if (document.querySelector(PAGE_CONTROL)) return
          observer.disconnect()
          fetchWayBack()
        })
        observer.observe(document.documentElement, WATCHED)
        stopWatching = () => observer.disconnect()
      }
      const check = () => {
        if (stopped) return
        // Now if the visitor has decided, else on the change that decides (wayBack stops listening).
        if (!warnWithoutWayBack(consent, document)) {
          offChange = consent.on('change', wayBack)
          wayBack()
        }
        if (needed())
          load('ui').then((real) => stopped || (teardown = real.attach?.(consent)), fail)
      }
      if (document.readyState == 'complete') check()
      else addEventListener('load', check, { once: true })
      return () => {
        stopped = true
        offChange?.()
        stopWatching?.()
        removeEventListener('load', check)
        stopWayBack?.()
        teardown?.()
      }
    },
  }
}
