import { CONSENT_MODE_KEYS, isAdKey } from '../config/consent-mode-keys'
import type { Consent, ConsentConfig, ConsentModeKey, ConsentPlugin } from '../types'
import { gtagOf, pageGlobals, type PageGlobals } from './gtag'

type Settings = Exclude<NonNullable<ConsentConfig['googleConsentMode']>, boolean>
type ConsentModeState = Record<ConsentModeKey, 'granted' | 'denied'>

/** The Consent Mode v2 state for what is granted now (see `Consent.getConsentMode`). */
export const consentModeState = (consent: Consent): ConsentModeState => consent.getConsentMode()

/**
 * Pushes `gtag('consent', 'default', …)`: region-specific defaults first, then every key denied
 * but `security_storage`, then the `ads_data_redaction` and `url_passthrough` settings.
 * @internal
 */
export function pushConsentDefault(
  w: PageGlobals,
  settings: Settings,
  { globalSent, gpc }: { globalSent?: boolean | undefined; gpc?: boolean } = {},
) {
  const gtag = gtagOf(w)
  const wait = settings.waitForUpdate
  const extra = wait ? { wait_for_update: wait } : {}
  // Global Privacy Control is an opt-out of targeted advertising: no region grants an ad key.
  const adsDenied = (regional: object) =>
    gpc
      ? Object.fromEntries(
          Object.keys(regional)
            .filter(isAdKey)
            .map((key) => [key, 'denied']),
        )
      : {}
  for (const regional of settings.regions || [])
    gtag('consent', 'default', { ...regional, ...adsDenied(regional), ...extra })
  if (!globalSent)
    gtag('consent', 'default', {
      ...Object.fromEntries(
        CONSENT_MODE_KEYS.map((key) => [key, key == 'security_storage' ? 'granted' : 'denied']),
      ),
      ...extra,
    })
  if (settings.adsDataRedaction) gtag('set', 'ads_data_redaction', true)
  if (settings.urlPassthrough) gtag('set', 'url_passthrough', true)
}

/** Options of {@link googleConsentMode}. */
export interface GoogleConsentModeOptions {
  /**
   * The `default` command was already pushed (the script tag pushes it before it has the
   * config when the config comes by URL).
   * @default false
   */
  defaultSent?: boolean
}

/**
 * Google Consent Mode v2, when the config's `googleConsentMode` is on: on start, the `default`
 * command and, if there is a choice, an `update` right after it; an `update` on every change.
 * With `googleConsentMode.template`, the GTM template sets the default and the stored choice,
 * and this sends only the updates of decisions made on the page.
 * @example createConsent(config, { plugins: [googleConsentMode()] })
 */
export const googleConsentMode = (options: GoogleConsentModeOptions = {}): ConsentPlugin => ({
  name: 'consent-mode',
  setup(consent) {
    const cm = consent.config.googleConsentMode
    if (!cm) return
    // `true` has no settings: each one read from it is undefined.
    const settings = cm as Settings
    const w = pageGlobals()
    const update = () => gtagOf(w)('consent', 'update', consent.getConsentMode())
    if (!settings.template) {
      // After an early default, only what it could not know: region defaults and settings.
      pushConsentDefault(w, settings, {
        globalSent: options.defaultSent,
        gpc: consent.getState().gpc,
      })
      const { decided, regime } = consent.getState()
      if (decided || regime == 'opt-out') update()
    }
    return consent.on('change', update)
  },
})
