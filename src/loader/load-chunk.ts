import type { ConsentModel } from '../config/build-model'
import type { Preset } from '../services/preset-types'
import type { ConsentUI } from '../types'
import type { Preferences } from '../ui/preferences'

/** What the lazily loaded chunks register, and how the embed finds them. @internal */
export interface ConsentryChunks {
  /** Set by the first `consentry.js` on the page, so a second copy stands down. */
  embed?: 1
  /**
   * `consentry-check.js`: presets, full validation with messages, and the compiled model
   * (`undefined` for an invalid config).
   */
  check?: (config: unknown, load: ChunkLoader) => Promise<ConsentModel | undefined | void>
  /** `consentry-write.js`: the writer of a manager's decisions, which also logs its records. */
  write?: (consent: import('../types').Consent) => import('../consent/writer').Writer
  /** `consentry-presets.js`: the preset catalogue, for the validator. */
  presets?: Record<string, Preset>
  /** `consentry-ui.js`: the banner, preferences, floating button and placeholders. */
  ui?: ConsentUI
  /** `consentry-preferences.js`: the preferences center, for the UI chunk. */
  preferences?: typeof Preferences
  /** What of Preact the UI chunk shares with the preferences chunk. */
  preact?: { h: typeof import('preact').h }
  /** `consentry-lang-<code>.js`: one translation each, by language code. */
  lang?: Record<string, Record<string, string>>
}

/**
 * Loads `consentry-<name>.js` once it is needed, and gives what it registered under that name.
 * @internal
 */
export type ChunkLoader = <K extends string>(
  name: K,
) => Promise<K extends keyof ConsentryChunks ? NonNullable<ConsentryChunks[K]> : unknown>

declare global {
  interface Window {
    ConsentryChunks?: ConsentryChunks
  }
}

/**
 * Loads `consentry-<name>.js` from wherever `consentry.js` itself came from, carrying the CSP
 * nonce the page gave the core, so a strict Content-Security-Policy needs no new source. Each
 * chunk is requested once; one that failed (offline) is requested again when next needed.
 * @internal
 */
export function createChunkLoader(doc: Document, core: HTMLScriptElement | null): ChunkLoader {
  const base = (core?.src || '').replace(/[^/]*$/, '')
  const requested: Record<string, Promise<never>> = {}
  return (name) =>
    (requested[name] ||= new Promise((resolve, reject) => {
      const script = doc.createElement('script')
      script.src = `${base}consentry-${name}.js`
      // No nonce is the empty one, which matches no policy.
      script.nonce = core?.nonce || ''
      script.onload = () => resolve(window.ConsentryChunks![name as 'ui'] as never)
      script.onerror = () => {
        delete requested[name]
        reject(`cannot load ${script.src}`)
      }
      doc.head.append(script)
    }))
}
