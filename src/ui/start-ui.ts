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

const domReady = (doc: Document) =>
  doc.readyState == 'loading' &&
  new Promise((done) => doc.addEventListener('DOMContentLoaded', done, { once: true }))

/**
 * Once per manager: texts in the visitor's language, a `<body>` to render into, then the main
 * host, the floating button, embed placeholders, and hiding the banner when a choice is made
 * elsewhere (a page control, another tab).
 * @returns the session and its teardown, or nothing when it was taken down meanwhile.
 * @internal
 */
export async function startUI({ consent, options, loadCenter, current }: StartUIOptions) {
  const [speech] = await Promise.all([
    chooseTexts(consent.config, options, document),
    domReady(document),
  ])
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
  const stopWayBack = options.wayBack?.({
    consent,
    doc: document,
    open: (from) => session.show('preferences', from),
    labels: { lang: speech.lang, reopen: speech.t.reopen, gpcHonored: speech.t.gpcHonored },
    nonce: options.nonce,
  })
  const unwatch =
    ui.placeholders !== false
      ? watchEmbeds({
          doc: document,
          consent,
          speech,
          mount,
          later,
          alive: () => main.host.isConnected,
        })
      : undefined
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
