/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h, render } from 'preact'
import type { Consent } from '../types'
import { Banner } from './banner'
import type { PreferencesState } from './preferences'
import type { Speech } from './texts'
import type { ViewState } from './view-state'

/** What the visitor can do in the views. @internal */
export interface ViewActions {
  accept: () => void
  reject: () => void
  save: () => void
  /** Opens the preferences; focus returns to `from` when they close. */
  customize: (from: HTMLElement | null) => void
  closeBanner: () => void
  closePreferences: () => void
  change: (preferences: PreferencesState) => void
}

/** Where and what {@link renderViews} renders. @internal */
export interface ViewsOptions {
  main: ShadowRoot
  speech: Speech
  consent: Consent
  state: ViewState
  actions: ViewActions
}

const opener = (event: MouseEvent) => event.currentTarget as HTMLElement

/**
 * Renders the banner, the preferences and the live region into the main root. (The floating
 * button is plain DOM of its own: see way-back-button.ts.)
 * @internal
 */
export function renderViews({ main, speech, consent, state, actions }: ViewsOptions) {
  const { t, lang } = speech
  const { banner, preferences, status, Center } = state
  render(
    [
      banner && (
        <Banner
          t={t}
          lang={lang}
          config={consent.config}
          state={consent.getState()}
          onAccept={actions.accept}
          onReject={actions.reject}
          onCustomize={(event) => actions.customize(opener(event))}
          onClose={actions.closeBanner}
        />
      ),
      preferences && Center && (
        <Center
          t={t}
          lang={lang}
          consent={consent}
          state={preferences}
          onChange={actions.change}
          onSave={actions.save}
          onAccept={actions.accept}
          onReject={actions.reject}
          onClose={actions.closePreferences}
        />
      ),
      <p role="status" class="visually-hidden">
        {status}
      </p>,
    ],
    main,
  )
}
