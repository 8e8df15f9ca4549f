import type { Consent, ConsentUI } from '../types'
import { createCenterLoader } from './load-center'
import type { Preferences } from './preferences'
import { startUI } from './start-ui'
import type { UIOptions } from './ui-options'

export type { UIOptions }

// The focused element, looking inside shadow roots (ours included).
const focused = () => {
  const el = document.activeElement
  return (el?.shadowRoot?.activeElement || el) as HTMLElement | null
}

/**
 * The UI, given how to get the preferences center. Use {@link createUI}.
 * @internal
 */
export function createUIWith(
  // The script-tag UI chunk leaves the preferences center to a chunk of its own, fetched on the
  // first "Customize"; apps bundle it and get it at once.
  preferencesCenter: () => typeof Preferences | Promise<typeof Preferences>,
  options: UIOptions = {},
): ConsentUI {
  const loadCenter = createCenterLoader(preferencesCenter)
  // The manager the UI serves, from its start to its teardown, and its UI once started.
  let consent: Consent | undefined
  let started: ReturnType<typeof startUI> | undefined
  let running: Awaited<ReturnType<typeof startUI>>

  // Once per manager. The manager is known at once, so that a teardown before the texts arrive
  // cancels the rest.
  const start = (next: Consent) =>
    (started ||=
      ((consent = next),
      startUI({ consent: next, options, loadCenter, current: () => consent == next }).then(
        // Taken down in the moment between its start and this: take its UI away too.
        (ui) => (consent == next ? (running = ui) : void ui?.teardown()),
      )))

  return {
    // Settles once the view has rendered, with the language and the texts it showed (for the
    // records): the manager fetches what comes after the banner (the script tag's writer)
    // only then, in the idle time after the browser has painted it.
    show(view, next) {
      const from = focused()
      return start(next).then((ui) => {
        if (consent != next || !ui) return
        ui.session.show(view, from)
        return ui.shown
      })
    },
    // What it returns is for createConsent, which runs it on destroy(): it takes away all the UI
    // added for this manager, so that the UI can serve a new one. (The manager's own listeners
    // go with its destroy(); a decision still queued by `later` reaches a destroyed manager,
    // which ignores it.) The script tag never calls it.
    attach(next) {
      void start(next)
      return () => {
        if (next != consent) return
        running?.teardown()
        consent = started = running = undefined
      }
    },
  }
}
