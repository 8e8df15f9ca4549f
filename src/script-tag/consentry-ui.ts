import { h } from 'preact'
import { createChunkLoader } from './load-chunk'
import { createUIWith } from '../ui/create-ui'

/*
 * consentry-ui.js: the UI chunk the script-tag core loads when the visitor must be asked, asks
 * for the preferences, or the page needs a placeholder. It registers the
 * UI for the core and brings only English and the first layer. The preferences center is
 * consentry-preferences.js, fetched on the first "Customize"; another language is
 * consentry-lang-<code>.js, fetched only for a visitor who reads it. Both come from this
 * chunk's own folder, with its nonce, and with integrity when this chunk was loaded with it.
 * The build lists every chunk this one may load, each language of src/ui/lang/ included, in
 * `__CHUNK_INTEGRITY__`: a language added there is one this chunk can load.
 */
const script = document.currentScript as HTMLScriptElement | null
// Its own Trusted Types policy: the core's is not the page's to hand on (src/gating/trusted-types.ts).
const load = createChunkLoader(document, script, __CHUNK_INTEGRITY__, 'consentry-ui')
const chunks = (window.ConsentryChunks ||= {})
const available = (code: string) => Object.hasOwn(__CHUNK_INTEGRITY__, 'lang-' + code)

// The preferences chunk renders with this chunk's Preact: one copy, one set of internals.
chunks.preact = { h }
chunks.ui = createUIWith(
  () => chunks.preferences || load('preferences').then(() => chunks.preferences!),
  {
    nonce: script?.nonce,
    loadLanguage: async (code) =>
      available(code) ? (await load('lang-' + code), chunks.lang?.[code]) : undefined,
  },
)
