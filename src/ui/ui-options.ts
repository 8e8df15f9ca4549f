import type { WayBackButtonOptions } from './way-back-button'
import type { Texts } from './lang/en'

/** Options of {@link createUI}. */
export interface UIOptions {
  /**
   * Translations bundled with the app, by language code. English is always there.
   * @example { de } // import { de } from 'consentry/ui/lang/de'
   */
  languages?: Record<string, Partial<Texts>>
  /**
   * Fetches a translation that is not bundled, when the visitor's language needs it; resolves
   * `undefined` when there is none.
   * @example (code) => import(`consentry/ui/lang/${code}`).then((m) => m[code], () => undefined)
   */
  loadLanguage?: (code: string) => Promise<Partial<Texts> | undefined>
  /** The CSP nonce for the `<style>` fallback of browsers without constructable stylesheets. */
  nonce?: string | undefined
  /**
   * Where the UI's elements go.
   * @default document.body
   */
  root?: HTMLElement
  /**
   * Starts the floating button: `createUI()` passes the built-in one; the script tag's UI chunk
   * none, since the core shows it from consentry-floating.js.
   * @internal
   */
  wayBack?: ((options: WayBackButtonOptions) => () => void) | undefined
}
