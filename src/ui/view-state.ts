import type { Preferences, PreferencesState } from './preferences'

/** What the UI shows for one manager. @internal */
export interface ViewState {
  /** Whether the banner shows. */
  banner: boolean
  /** The preferences' switches while they are open. */
  preferences?: PreferencesState | undefined
  /** What the live region announces ("Your choices have been saved."). */
  status: string
  /** The preferences center, once loaded. */
  Center?: typeof Preferences | undefined
}

/**
 * A tiny store for the view state: every change replaces the state and calls `onChange`.
 * @internal
 */
export function createViewState(onChange: (state: ViewState) => void) {
  let state: ViewState = { banner: false, status: '' }
  return {
    get: () => state,
    set(patch: Partial<ViewState>) {
      state = { ...state, ...patch }
      onChange(state)
    },
  }
}
