import type { ConfigIssue, Consent, ConsentConfig, ConsentUI, Preset } from '../types'
import type { Preferences } from '../ui/preferences'
import type { Writer } from '../consent/writer'
import type { ManagerOptions } from '../manager/create-manager'
import type { WayBackButtonOptions } from '../ui/way-back-button'
import type { ForeignMarkupReader } from '../gating/foreign-markup'
import { trustedTypes } from '../gating/trusted-types'

/** What the lazily loaded chunks register, and how the core finds them. @internal */
export interface ConsentryChunks {
  /**
   * `consentry-check.js`: validates a config (presets filled in), warns of `data-consent` names
   * the config lacks, and returns what is wrong, each issue with its JSON path.
   */
  check?: (config: unknown, presets?: Record<string, Preset>) => ConfigIssue[]
  /**
   * `consentry-write.js`: the writer decisions are stored with, and the consent log of a
   * manager, which returns its teardown.
   */
  write?: { writer: () => Writer; log: (consent: Consent) => void | (() => void) }
  /** `consentry-presets.js`: the preset catalogue, and the config with its presets filled in. */
  presets?: { catalogue: Record<string, Preset>; expand: (config: ConsentConfig) => ConsentConfig }
  /** Set by consentry-auto.js: its warnings, for the manager's `on('warning')`. */
  warnings?: ManagerOptions['warnings']
  /** Set by consentry-auto.js, which holds third-party elements until the presets arrive. */
  presetsArrived?: (presets: NonNullable<ConsentryChunks['presets']>) => void
  /** `consentry-ui.js`: the banner, preferences, floating button and placeholders. */
  ui?: ConsentUI
  /**
   * `consentry-floating.js`: the floating button alone, for a visitor who has decided; returns
   * what takes it away.
   */
  floating?: (options: Omit<WayBackButtonOptions, 'nonce' | 'labels'>) => () => void
  /** `consentry-foreign.js`: reads other consent tools' markup, for a page that has some. */
  foreign?: ForeignMarkupReader
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
  /** Subresource Integrity of each chunk this file loads, by name; filled in by the build. */
  const __CHUNK_INTEGRITY__: Record<string, string>
}

/**
 * Loads `consentry-<name>.js` from wherever the loading script itself came from, with its CSP
 * nonce, so a strict Content-Security-Policy needs no new source. When that script carries
 * `integrity`, each chunk does too (its hash is built into the loading file) with the same
 * `crossorigin`: a tampered chunk does not run. Without a script URL to start from (loaded as a
 * module, or inline) nothing is guessed: every load fails. Each chunk is requested once; one that
 * failed (offline) is requested again when next needed. On a page that enforces Trusted Types,
 * the URLs go through the Trusted Types policy named `policy` (src/gating/trusted-types.ts).
 * @internal
 */
export function createChunkLoader(
  doc: Document,
  from: HTMLScriptElement | null,
  integrity: Record<string, string>,
  policy?: string,
): ChunkLoader {
  // Empty, or undefined, without a script URL.
  const base = from?.src.replace(/[^/]*$/, '')
  const requested: Record<string, Promise<never>> = {}
  return (name) =>
    (requested[name] ||= new Promise((resolve, reject) => {
      const hash = integrity[name]
      if (!base || (from!.integrity && !hash))
        return reject(new Error(`cannot load consentry-${name}.js: ${base ? 'no hash' : 'no URL'}`))
      const script = doc.createElement('script')
      script.src = trustedTypes(policy).createScriptURL(`${base}consentry-${name}.js`)
      // No nonce is the empty one, which matches no policy.
      script.nonce = from!.nonce || ''
      if (from!.integrity) {
        script.integrity = hash!
        const cors = from!.getAttribute('crossorigin')
        if (cors != null) script.setAttribute('crossorigin', cors)
      }
      script.onload = () => resolve(window.ConsentryChunks![name as 'ui'] as never)
      script.onerror = () => {
        delete requested[name]
        reject(new Error(`cannot load ${script.src}`))
      }
      doc.head.append(script)
    }))
}
