/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- for the classic JSX pragma (h calls are smaller than the automatic runtime's)
import { h, render } from 'preact'
import type { Consent, ConsentUI } from '../types'
import { Banner } from './banner'
import { watchEmbeds } from './embeds'
import { FloatingButton } from './floating-button'
import type { Texts } from './lang/en'
import { createMounter } from './mount'
import type { Preferences, PreferencesState } from './preferences'
import { keepFocusVisible } from './keep-focus-visible'
import { chooseTexts, type Speech } from './texts'

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
}

// After a click, the banner closes first and the decision (which may inject many scripts) runs
// in a later task, once the close has painted (web.dev: cookie notices and INP).
const later = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn))

// The focused element, looking inside shadow roots (ours included).
const focused = () => {
  const el = document.activeElement
  return (el?.shadowRoot?.activeElement || el) as HTMLElement | null
}

/**
 * The UI, given how to get the preferences center. Use {@link createUI}.
 * @internal
 */
export function createUIWith(
  // The script-tag UI chunk leaves the preferences center to a chunk of its own, fetched on the
  // first "Customize"; apps bundle it and get it at once.
  preferencesCenter: () => typeof Preferences | Promise<typeof Preferences>,
  options: UIOptions = {},
): ConsentUI {
  let Center: typeof Preferences | undefined
  let opening = false
  // The manager the UI serves, from its start to its teardown.
  let consent: Consent | undefined
  let speech: Speech
  let ready: Promise<unknown> | undefined
  let mount: ReturnType<typeof createMounter>
  let main: ShadowRoot
  let floating: ShadowRoot | undefined
  let banner = false
  // The preferences' switches while they are open.
  let preferences: PreferencesState | undefined
  let status = ''
  let opener: HTMLElement | null | undefined
  let unpad: (() => void) | undefined
  let unwatch: (() => void) | undefined

  const restoreFocus = () => {
    if (opener?.isConnected) opener.focus()
    opener = null
  }

  const update = () => {
    const { t, lang } = speech
    const ui = consent!.config.ui || {}
    render(
      [
        banner && (
          <Banner
            t={t}
            config={consent!.config}
            state={consent!.getState()}
            onAccept={accept}
            onReject={reject}
            onCustomize={(event) => open(event.currentTarget as HTMLElement)}
            onClose={() => (ui.closeAction == 'reject' ? reject() : ((banner = false), update()))}
          />
        ),
        preferences && Center && (
          <Center
            t={t}
            lang={lang}
            consent={consent!}
            state={preferences}
            onChange={(next) => ((preferences = next), update())}
            onSave={() => {
              const { categories, services } = preferences!
              decide((c) => c.save({ categories, services }))
            }}
            onAccept={accept}
            onReject={reject}
            onClose={() => {
              preferences = undefined
              update()
              restoreFocus()
            }}
          />
        ),
        <p role="status" class="sr">
          {status}
        </p>,
      ],
      main,
    )
    const shown = main.querySelector<HTMLElement>('.bn')
    if (!shown) unpad = void unpad?.()
    else if (!unpad && ui.layout != 'modal')
      unpad = keepFocusVisible(
        shown,
        ui.layout == 'bar-top' || (ui.layout == 'box' && !!ui.position?.startsWith('top')),
      )
    if (floating)
      render(
        // Kept (hidden) while the preferences are open, so that focus can return to it.
        <FloatingButton
          t={t}
          corner={ui.floatingButton == 'bottom-right' ? ui.floatingButton : undefined}
          hidden={banner || !!preferences}
          onClick={(event) => open(event.currentTarget as HTMLElement)}
        />,
        floating,
      )
  }

  const decide = (act: (consent: Consent) => void) => {
    const to = consent!
    banner = false
    preferences = undefined
    status = speech.t.saved
    update()
    restoreFocus()
    later(() => act(to))
  }
  const accept = () => decide((c) => c.acceptAll())
  const reject = () => decide((c) => c.rejectAll())

  // Safari does not focus a button on click: the opener comes from the click when there is one.
  const open = (from: HTMLElement | null) => {
    if (preferences || opening) return
    const show = (loaded: typeof Preferences) => {
      opening = false
      Center = loaded
      opener = from
      preferences = { ...consent!.getState(), open: {} }
      status = ''
      update()
      main.querySelector<HTMLElement>('.dl')!.focus()
    }
    const center = Center || preferencesCenter()
    if (!(center instanceof Promise)) return show(center)
    opening = true
    center.then(show, (error) => {
      opening = false
      console.error('Consentry:', error)
    })
  }

  // Once per manager: texts in the visitor's language, a <body> to render into, then the floating
  // button, embed placeholders, and hiding the banner when a choice is made elsewhere (a page
  // control, another tab). The manager is known at once, so that a teardown before the texts
  // arrive cancels the rest.
  const start = (next: Consent) =>
    (ready ||=
      ((consent = next),
      Promise.all([
        chooseTexts(next.config, options, document),
        document.readyState == 'loading' &&
          new Promise((done) =>
            document.addEventListener('DOMContentLoaded', done, { once: true }),
          ),
      ]).then(([chosen]) => {
        // Taken down while the texts were on their way.
        if (consent != next) return
        const { ui = {} } = next.config
        const root = options.root || document.body
        speech = chosen
        mount = createMounter(document, {
          nonce: options.nonce,
          theme: ui.theme || 'auto',
          lang: speech.lang,
        })
        main = mount((host) => root.prepend(host))
        if (ui.floatingButton) floating = mount((host) => root.append(host))
        if (ui.placeholders !== false)
          unwatch = watchEmbeds(
            document,
            next,
            speech.t,
            speech.lang,
            mount,
            later,
            () => main.host.isConnected,
          )
        next.on('change', ({ state, source }) => {
          if (state.decided && source != 'reset' && banner) {
            banner = false
            update()
          }
        })
        update()
      })))

  return {
    show(view, next) {
      const from = focused()
      void start(next).then(() => {
        if (consent != next) return
        if (view == 'preferences') return open(from)
        banner = true
        status = ''
        update()
        if (next.config.ui?.layout == 'modal') main.querySelector<HTMLElement>('.bn')!.focus()
      })
    },
    // What it returns is for createConsent, which runs it on destroy(): it takes away all the UI
    // added for this manager, so that the UI can serve a new one. (The manager's own listeners
    // go with its destroy(); a decision still queued by `later` reaches a destroyed manager,
    // which ignores it.) The script tag never calls it.
    attach(next) {
      void start(next)
      return () => {
        if (next != consent) return
        unpad = void unpad?.()
        unwatch?.()
        main?.host.remove()
        floating?.host.remove()
        consent = ready = floating = preferences = opener = undefined
        banner = false
      }
    },
  }
}
