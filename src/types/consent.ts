import type { ConsentConfig, ConsentModeKey, Regime } from './config'
import type { CookieJar } from './cookies'
import type { Preset } from './presets'
import type { ConsentMethod, ConsentRecord, ProofRecord } from './record'

/** What `data-consent-action` values do. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'preferences' | 'banner'

/** What is granted right now. Required categories and their services are always `true`. */
export interface ConsentState {
  /** Whether a valid stored choice exists (false: the visitor must be asked). */
  readonly decided: boolean
  readonly categories: Readonly<Record<string, boolean>>
  readonly services: Readonly<Record<string, boolean>>
  readonly method?: ConsentMethod | undefined
  /** Whether a Global Privacy Control signal is honoured on this page. */
  readonly gpc: boolean
  /** How consent is asked of this visitor. */
  readonly regime: Regime
  /**
   * The category and service ids that Global Privacy Control opts the visitor out of: off, and
   * nothing can grant them on this page. Empty without the signal.
   */
  readonly gpcBlocked: readonly string[]
}

/** Passed to `on('change')` listeners and as `detail` of the `consentry:change` DOM event. */
export interface ConsentChange {
  state: ConsentState
  /** Category and service ids granted by this change. */
  granted: string[]
  /** Category and service ids withdrawn by this change. */
  revoked: string[]
  /** A decision on this page, a decision in another tab, or `reset()`. */
  source: 'decision' | 'other-tab' | 'reset'
}

/** Something went wrong that the page should know about; consent itself is unaffected. */
export interface ConsentErrorEvent {
  /**
   * A gated script failed to load, an event listener threw, a plugin failed to start, or the
   * script tag could not fetch what writes a decision (`consentry-write.js`).
   * `script` also covers a script written for Klaro or Orejime whose URL waits in `data-src` on
   * a page that enforces Trusted Types: the browser refuses that string as a script URL, so the
   * script stays inert for good (`data-consent=""`, its `data-src` kept) and `error` is the
   * browser's `TypeError`. To run it, give it a real `src` (through the site's own policy) with
   * `type="text/plain"` and its `data-consent` or `data-name`.
   */
  type: 'script' | 'listener' | 'plugin' | 'write'
  /**
   * The `data-consent` name of the script (for other tools' markup, the name it maps to), or the
   * plugin's name.
   */
  name?: string
  element?: Element
  error?: unknown
}

/** Something in the site's setup to fix, though Consentry keeps working (and still fails closed). */
export interface ConsentWarning {
  /** `undeclared-host`: auto-blocking met a third-party host that no service declares. */
  type: 'undeclared-host'
  /** The host, for `undeclared-host`. */
  host?: string
}

/** The events `on()` accepts. */
export type ConsentEvents = {
  change: ConsentChange
  /** A decision's proof of consent. */
  record: ProofRecord
  error: ConsentErrorEvent
  /**
   * A warning about the site's setup. A listener first gets the warnings given before it
   * subscribed: auto-blocking warns while the page is parsed, before `on()` can be called.
   */
  warning: ConsentWarning
}

/**
 * An integration: Consent Mode, a vendor's consent calls, a record log. `setup` runs once, when
 * the manager starts and before anything gated runs; it may return a teardown for `destroy()`.
 * @example
 * const logger: ConsentPlugin = {
 *   name: 'logger',
 *   setup: (consent) => consent.on('change', ({ state }) => console.log(state)),
 * }
 */
export interface ConsentPlugin {
  name: string
  setup(consent: Consent): void | (() => void)
}

/**
 * A choice for `save()`: granted ids as a list, or a map of id → granted. A category grants its
 * services unless a service says otherwise; a service may be granted alone.
 * @example consent.save({ categories: ['analytics'], services: { hotjar: false } })
 */
export interface ConsentChoice {
  categories?: string[] | Record<string, boolean>
  services?: string[] | Record<string, boolean>
}

/** The visitor-facing UI, supplied by `consentry/ui` or the script-tag loader. */
export interface ConsentUI {
  /**
   * Shows the first layer or the preferences center. A promise it returns settles once the view
   * has painted: what the visitor needs only after that (the writer of the script tag) waits
   * for it.
   */
  show(view: 'banner' | 'preferences', consent: Consent): void | Promise<unknown>
  /**
   * Called once when the manager starts: the floating button and embed placeholders. With
   * `createConsent`, what it returns runs on `destroy()`, to take away everything the UI added.
   */
  attach?(consent: Consent): void | (() => void)
}

/** Options of `createConsent` that cannot live in JSON. */
export interface ConsentOptions {
  /**
   * Where gating, actions and DOM events happen; `null` for none (server-side rendering).
   * @default document
   */
  document?: Document | null
  /**
   * Cookie and storage access.
   * @default the browser's, through js-cookie
   */
  jar?: CookieJar
  /** The banner and preferences; without it `showBanner()` only logs. */
  ui?: ConsentUI
  /** Integrations to start with the manager (the script tag starts all built-in ones). */
  plugins?: ConsentPlugin[]
  /**
   * The preset catalogue, for a config whose services name a `preset`.
   * @example import { presets } from 'consentry/presets'; createConsent(config, { presets })
   */
  presets?: Record<string, Preset>
  /** Receives every decision's proof of consent. */
  onRecord?: (record: ProofRecord) => void
  /**
   * A Global Privacy Control signal read elsewhere (e.g. the `Sec-GPC` header).
   * @default config `gpc`, else `navigator.globalPrivacyControl`
   */
  gpc?: boolean
  /**
   * The visitor's region (`"US-CA"`), as the host knows it, to choose a regime from `regimes`.
   * @default config `region`
   */
  region?: string | undefined
  /**
   * Reloads the page for `reloadOnWithdraw`.
   * @default location.reload
   */
  reload?: () => void
}

/** One consent manager: what `createConsent` returns and `window.Consentry` is. */
export interface Consent {
  /** The validated config this manager runs on. */
  readonly config: ConsentConfig
  /** Whether a category or service id is granted now. Unknown names are never granted. */
  isGranted(name: string): boolean
  /** The current state (a copy). */
  getState(): ConsentState
  /**
   * The Google Consent Mode v2 state for what is granted now, by key: a key is granted when a
   * granted category or service stands for it (`consentMode` in the config, else the default
   * mapping), `security_storage` always, the ad keys never under Global Privacy Control.
   */
  getConsentMode(): Record<ConsentModeKey, 'granted' | 'denied'>
  /** The stored choice, or `undefined` while the visitor has not decided. */
  getRecord(): ConsentRecord | undefined
  /** Grants every category and service, stores it, and activates what was waiting. */
  acceptAll(): void
  /** Denies everything optional, stores it, and deletes the cookies of what was denied. */
  rejectAll(): void
  /** Stores a granular choice. */
  save(choice: ConsentChoice): void
  /**
   * Runs `fn` once `name` is granted: now if it already is, else on the first change that
   * grants it.
   * @returns a function that cancels the wait.
   */
  whenGranted(name: string, fn: () => void): () => void
  /** Listens to an event. @returns a function that removes the listener. */
  on<K extends keyof ConsentEvents>(event: K, fn: (event: ConsentEvents[K]) => void): () => void
  /** Forgets the choice: deletes the consent cookie and optional cookies, and asks again. */
  reset(): void
  /**
   * Stops gating, listening and syncing, and runs the plugins' teardowns; with `createConsent`,
   * also takes the UI off the page, so that a new manager can start. The page keeps whatever
   * already ran.
   */
  destroy(): void
  /** Shows the first layer (needs a UI). */
  showBanner(): void
  /** Shows the preferences center (needs a UI). */
  showPreferences(): void
}
