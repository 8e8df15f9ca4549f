import { createChunkLoader } from './loader/load-chunk'
import { createUI } from './ui/create-ui'

/*
 * consentry-ui.js: the UI chunk the script-tag core loads when the visitor must be asked, asks
 * for the preferences, or the page needs a placeholder or the floating button. It registers the
 * UI for the core and brings only English; another language is one more chunk,
 * consentry-lang-<code>.js from the same folder, fetched only for a visitor who reads it.
 */
const LANGUAGES = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'fi', 'cs', 'ar']

const script = document.currentScript as HTMLScriptElement | null
const load = createChunkLoader(document, script)
const chunks = (window.ConsentryChunks ||= {})

chunks.ui = createUI({
  nonce: script?.nonce,
  loadLanguage: async (code) =>
    LANGUAGES.includes(code) ? (await load('lang-' + code), chunks.lang?.[code]) : undefined,
})
