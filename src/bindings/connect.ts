import { grants } from '../consent/state'
import { createConsent } from '../manager/create-consent'
import { readConsent } from '../server/read-consent'
import type { Consent, ConsentChoice, ConsentConfig, ConsentOptions, ConsentState } from '../types'

/*
 * What the React, Preact and Vue bindings share. The manager is made only in the browser, after
 * the first render: until then (and on the server) the state is what the server can know, so
 * that the markup the server sends and the first render in the browser agree.
 */

/** What a binding starts the manager with. */
export interface ConsentSetup {
  /** The config (a parsed JSON object). Read once, when the binding starts. */
  config: ConsentConfig
  /** Options of `createConsent`: the UI (`createUI()` from `consentry/ui`), plugins, presets. */
  options?: ConsentOptions | undefined
  /**
   * The state to render until the manager runs, e.g. `readConsent()` of the request on the
   * server, passed down to the browser. Without it: nothing optional granted.
   */
  initialState?: ConsentState | undefined
  /**
   * Called when the manager cannot start (an invalid config throws a `ConfigError`). The app
   * goes on rendering, with nothing optional granted.
   * @default console.error
   */
  onError?: ((error: unknown) => void) | undefined
}

/** What `useConsent()` gives, in every binding. */
export interface ConsentControls {
  /** The current state: before the manager runs, the initial state. */
  readonly state: ConsentState
  /** The manager, once it runs in the browser; `undefined` on the server and before. */
  readonly consent: Consent | undefined
  /** Whether a category or service id is granted now. */
  isGranted(name: string): boolean
  acceptAll(): void
  rejectAll(): void
  save(choice: ConsentChoice): void
  showBanner(): void
  showPreferences(): void
  reset(): void
}

const NOTHING_GRANTED: ConsentState = Object.freeze({
  decided: false,
  categories: Object.freeze({}),
  services: Object.freeze({}),
  gpc: false,
  regime: 'opt-in',
  gpcBlocked: Object.freeze([]),
})

/**
 * The state to render before the manager runs: the one given, else what a request without a
 * cookie grants (required categories only). Never throws: a bad config is reported by
 * {@link startConsent}, once.
 * @internal
 */
export function initialStateOf(setup: ConsentSetup): ConsentState {
  if (setup.initialState) return setup.initialState
  try {
    return readConsent(undefined, setup.config, { presets: setup.options?.presets })
  } catch {
    return NOTHING_GRANTED
  }
}

/**
 * Starts the manager (in the browser only: call it from an effect) and follows its state.
 * @returns a function that stops following and destroys the manager.
 * @internal
 */
export function startConsent(
  setup: ConsentSetup,
  follow: (consent: Consent | undefined, state: ConsentState) => void,
): () => void {
  let consent: Consent
  try {
    consent = createConsent(setup.config, setup.options)
  } catch (error) {
    ;(setup.onError || console.error)(error)
    return () => {}
  }
  const off = consent.on('change', ({ state }) => follow(consent, state))
  follow(consent, consent.getState())
  return () => {
    off()
    consent.destroy()
  }
}

/**
 * The controls for a state and the manager (if it runs yet). Before it does, the actions do
 * nothing: nothing can be decided before the page can store it.
 * @internal
 */
export function controlsOf(state: ConsentState, consent: Consent | undefined): ConsentControls {
  return {
    state,
    consent,
    isGranted: (name) => grants(state, name),
    acceptAll: () => consent?.acceptAll(),
    rejectAll: () => consent?.rejectAll(),
    save: (choice) => consent?.save(choice),
    showBanner: () => consent?.showBanner(),
    showPreferences: () => consent?.showPreferences(),
    reset: () => consent?.reset(),
  }
}
