import type { ConsentModel } from '../config/build-model'
import { createTabSync } from '../consent/tab-sync'
import { bindActions } from '../gating/bind-actions'
import { createGate } from '../gating/create-gate'
import type { ForeignMarkup } from '../gating/foreign-markup'
import type { ConsentAction, ConsentErrorEvent } from '../types'

/** What the page bindings need from the manager. @internal */
export interface PageContext {
  model: ConsentModel
  isGranted: (name: string) => boolean
  actions: Record<ConsentAction, () => void>
  /** Another tab decided (the cookie value it wrote), or the tab was shown again. */
  onOtherTab: (value?: unknown) => void
  onError: (event: ConsentErrorEvent) => void
  /** The CSP nonce of Consentry's own script: only inert scripts that carry it run. */
  nonce?: string | undefined
  /** What reads other consent tools' markup; without it, that markup stays inert. */
  foreignMarkup?: ForeignMarkup | undefined
}

/**
 * Everything a manager does on a document: the gate over `data-consent` markup, the
 * `data-consent-action` controls, DOM events and the other tabs. Built before any plugin runs;
 * the gate activates nothing until `start()`, so that plugins send their signals (Consent Mode
 * defaults, vendor calls) before anything gated can run.
 * @internal
 */
export function createPage(doc: Document, context: PageContext) {
  const { model, isGranted } = context
  let gate: ReturnType<typeof createGate> | undefined
  // Markup outside what the site trusts (visitors' content) can neither run nor decide.
  const trust = { trustedMarkup: model.config.trustedMarkup }
  const unbind = bindActions(doc, context.actions, trust)
  const tabs = createTabSync(`consentry:${model.cookie.name}`, doc, context.onOtherTab)
  // A script that failed to load, was refused by the gate, or (other tools' markup) whose URL
  // the page refused: one kind of error for the page.
  const scriptError = (name: string, element: Element, error?: unknown) =>
    context.onError({ type: 'script', name, element, error })
  return {
    start() {
      // Advanced Consent Mode's services run before consent (createConsent drops them when the
      // signals that restrain them have no plugin to send them).
      const granted = (name: string) => isGranted(name) || model.ungated.includes(name)
      const normalize = context.foreignMarkup?.(model, granted, scriptError, () => gate?.apply())
      gate = createGate(doc, granted, scriptError, { ...trust, nonce: context.nonce, normalize })
    },
    /** Activates whatever has become granted (nothing before `start()`). */
    apply: () => gate?.apply(),
    dispatch: (type: string, detail: unknown) =>
      doc.defaultView?.dispatchEvent(new CustomEvent(type, { detail })),
    notify: tabs.notify,
    destroy() {
      gate?.destroy()
      unbind()
      tabs.destroy()
    },
  }
}
