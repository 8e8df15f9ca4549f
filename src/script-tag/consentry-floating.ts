import { wayBackLabels } from '../ui/floating-labels'
import type { WayBackButtonOptions } from '../ui/way-back-button'
import { startWayBack } from '../ui/way-back'

/*
 * consentry-floating.js: the floating button alone, with its labels in every built-in language
 * and the theme's colours, for a visitor who has decided. The core fetches it in idle time after
 * the page has loaded; consentry-ui.js (12 kB) comes only when the button is clicked. It watches
 * for the page's own "Cookie settings" control, and carries this chunk's nonce for its <style>
 * fallback.
 */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce || undefined
;(window.ConsentryChunks ||= {}).floating = (
  options: Omit<WayBackButtonOptions, 'nonce' | 'labels'>,
) => startWayBack({ ...options, labels: wayBackLabels(options.consent, document), nonce })
