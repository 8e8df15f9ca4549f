import type { ConsentUI } from '../types'
import { createUIWith, type UIOptions } from './create-ui'
import { Preferences } from './preferences'
import { startWayBack } from './way-back'

/**
 * The visitor-facing UI for `createConsent(config, { ui: createUI() })`: the banner, the
 * preferences center, the floating button and embed placeholders, in Preact, each inside its own
 * shadow root.
 * @example
 * import { createConsent } from 'consentry'
 * import { createUI } from 'consentry/ui'
 * import { de } from 'consentry/ui/lang/de'
 * const consent = createConsent(config, { ui: createUI({ languages: { de } }) })
 */
export const createUI = (options?: UIOptions): ConsentUI =>
  createUIWith(() => Preferences, { ...options, wayBack: startWayBack })
