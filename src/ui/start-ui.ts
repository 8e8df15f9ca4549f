import type { Consent } from '../types'
import type { UIOptions } from './ui-options'
import { watchEmbeds } from './embeds'
import type { createCenterLoader } from './load-center'
import { createMounter } from './mount'
import { chooseTexts } from './texts'
import { themeOf } from './theme'
import { createUISession, later, type UISession } from './ui-session'

/** What {@link startUI} is given. @internal */
export interface StartUIOptions {
  consent: Consent
  options: UIOptions
  loadCenter: ReturnType<typeof createCenterLoader>
  /** Whether the UI still serves this manager: a teardown while the texts load cancels. */
  current: () => boolean
}

// The banner needs only a <body> to render into, which is there once the chunk runs after the
// parser has left <head>: it does not wait for the rest of the page. What looks for the page's
// own markup (its "Cookie settings" control, its embeds) waits until the page is parsed.
const whenParsed = (then: () => void) =>
  document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', then) : then()

/**
 * Once per manager: texts in the visitor's language, a `<body>` to render into, then the main
 * host and hiding the banner when a choice is made elsewhere (a page control, another tab); once
 * the page is parsed, the floating button and embed placeholders.
 * @returns the session and its teardown, or nothing when it was taken down meanwhile.
 * @internal
 */
export async function startUI({ consent, options, loadCenter, current }: StartUIOptions) {
  const speech = await chooseTexts(consent.config, options, document)
  if (!document.body) await new Promise<void>(whenParsed)
  if (!current()) return
  const { ui = {} } = consent.config
  const root = options.root || document.body
  const mount = createMounter(document, {
    nonce: options.nonce,
    theme: themeOf(ui.theme, document),
    lang: speech.lang,
  })
  const main = mount((host) => root.prepend(host))
  const session: UISession = createUISession({ consent, speech, main, loadCenter })
  let stopWayBack: void | (() => void)
  let unwatch: void | (() => void)
  whenParsed(() => {
    // Taken down meanwhile (its teardown takes the host away).
    if (!main.host.isConnected) return
    stopWayBack = options.wayBack?.({
      consent,
      doc: document,
      open: (from) => session.show('preferences', from),
      labels: { lang: speech.lang, reopen: speech.t.reopen, gpcHonored: speech.t.gpcHonored },
      nonce: options.nonce,
    })
    // In a later task, once the banner has painted: a placeholder takes its iframe's size from
    // layout, which would otherwise hold the banner's first frame back (the iframe is inert
    // meanwhile).
    if (ui.placeholders !== false)
      later(() => {
        unwatch = watchEmbeds({
          doc: document,
          consent,
          speech,
          mount,
          later,
          alive: () => main.host.isConnected,
        })
      })
  })
  consent.on('change', ({ state, source }) => {
    if (state.decided && source != 'reset') session.hideBanner()
  })
  session.render()
  // The records of decisions taken in this UI name its language and a version of its texts.
  const shown = { language: speech.lang, texts: speech.t }
  return {
    session,
    shown,
    teardown() {
      session.teardown()
      unwatch?.()
      stopWayBack?.()
      main.host.remove()
    },
  }
}
