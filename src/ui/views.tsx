/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h, render } from 'preact'
import type { Consent } from '../types'
import { Banner } from './banner'
import { FloatingButton } from './floating-button'
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
  floating: ShadowRoot | undefined
  speech: Speech
  consent: Consent
  state: ViewState
  actions: ViewActions
}

const opener = (event: MouseEvent) => event.currentTarget as HTMLElement

/**
 * Renders the banner, the preferences and the live region into the main root, and the floating
 * button into its own.
 * @internal
 */
export function renderViews({ main, floating, speech, consent, state, actions }: ViewsOptions) {
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
  const { floatingButton } = consent.config.ui || {}
  if (floating)
    render(
      // Kept (hidden) while the preferences are open, so that focus can return to it.
      <FloatingButton
        t={t}
        corner={floatingButton == 'bottom-right' ? floatingButton : undefined}
        hidden={banner || !!preferences}
        onClick={(event) => actions.customize(opener(event))}
      />,
      floating,
    )
}
