import { h } from 'preact'
import { createChunkLoader } from './loader/load-chunk'
import { createUIWith } from './ui/create-ui'

/*
 * consentry-ui.js: the UI chunk the script-tag core loads when the visitor must be asked, asks
 * for the preferences, or the page needs a placeholder or the floating button. It registers the
 * UI for the core and brings only English and the first layer. The preferences center is
 * consentry-preferences.js, fetched on the first "Customize"; another language is
 * consentry-lang-<code>.js, fetched only for a visitor who reads it. Both come from this
 * chunk's own folder, with its nonce.
 */
const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'ar']

const script = document.currentScript as HTMLScriptElement | null
const load = createChunkLoader(document, script)
const chunks = (window.ConsentryChunks ||= {})

// The preferences chunk renders with this chunk's Preact: one copy, one set of internals.
chunks.preact = { h }
chunks.ui = createUIWith(
  () => chunks.preferences || load('preferences').then(() => chunks.preferences!),
  {
    nonce: script?.nonce,
    loadLanguage: async (code) =>
      LANGUAGES.includes(code) ? (await load('lang-' + code), chunks.lang?.[code]) : undefined,
  },
)
