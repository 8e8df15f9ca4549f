import type { Consent } from '../types'
import { keepFocusVisible } from './keep-focus-visible'
import type { createCenterLoader } from './load-center'
import type { Speech } from './texts'
import { createViewState } from './view-state'
import { renderViews, type ViewActions } from './views'

/** What a UI session is given. @internal */
export interface UISessionOptions {
  consent: Consent
  speech: Speech
  main: ShadowRoot
  loadCenter: ReturnType<typeof createCenterLoader>
}

// After a click, the banner closes first and the decision (which may inject many scripts) runs
// in a later task, once the close has painted (web.dev: cookie notices and INP).
export const later = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn))

/**
 * The views of one manager and what the visitor does in them: decisions, opening and closing
 * the preferences, and where focus goes.
 * @internal
 */
export function createUISession({ consent, speech, main, loadCenter }: UISessionOptions) {
  const { ui = {} } = consent.config
  // The element focus returns to when the preferences close, and the undoing of the padding
  // that keeps focused elements clear of a fixed banner.
  let opener: HTMLElement | null | undefined
  let unpad: (() => void) | undefined

  const view = createViewState((state) => {
    renderViews({ main, speech, consent, state, actions })
    const shown = main.querySelector<HTMLElement>('.banner')
    if (!shown) unpad = void unpad?.()
    else if (!unpad && ui.layout != 'modal')
      unpad = keepFocusVisible(
        shown,
        ui.layout == 'bar-top' || (ui.layout == 'box' && !!ui.position?.startsWith('top')),
      )
  })

  const restoreFocus = () => {
    if (opener?.isConnected) opener.focus()
    opener = null
  }
  const decide = (act: (consent: Consent) => void) => {
    view.set({ banner: false, preferences: undefined, status: speech.t.saved })
    restoreFocus()
    later(() => act(consent))
  }
  // Safari does not focus a button on click: the opener comes from the click when there is one.
  const open = (from: HTMLElement | null) => {
    if (view.get().preferences) return
    loadCenter((Center) => {
      opener = from
      view.set({ Center, preferences: { ...consent.getState(), open: {} }, status: '' })
      main.querySelector<HTMLElement>('.dialog')!.focus()
    })
  }

  const actions: ViewActions = {
    accept: () => decide((c) => c.acceptAll()),
    reject: () => decide((c) => c.rejectAll()),
    save: () => {
      const { categories, services } = view.get().preferences!
      decide((c) => c.save({ categories, services }))
    },
    customize: open,
    closeBanner: () =>
      ui.closeAction == 'reject' ? actions.reject() : view.set({ banner: false }),
    closePreferences: () => {
      view.set({ preferences: undefined })
      restoreFocus()
    },
    change: (preferences) => view.set({ preferences }),
  }

  return {
    /** Shows the banner or the preferences; `from` gets focus back when they close. */
    show(what: 'banner' | 'preferences', from: HTMLElement | null) {
      if (what == 'preferences') return open(from)
      view.set({ banner: true, status: '' })
      if (ui.layout == 'modal') main.querySelector<HTMLElement>('.banner')!.focus()
    },
    /** Hides the banner, as when a choice is made elsewhere (a page control, another tab). */
    hideBanner: () => view.get().banner && view.set({ banner: false }),
    render: () => view.set({}),
    teardown: () => (unpad = void unpad?.()),
  }
}

/** A running UI session. @internal */
export type UISession = ReturnType<typeof createUISession>
