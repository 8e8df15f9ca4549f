/** The page's globals that Google's and the vendors' snippets read and write. @internal */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PageGlobals = Record<string, any>

/** The page's window, as the vendors' snippets see it. @internal */
export const pageGlobals = (): PageGlobals => window as unknown as PageGlobals

/**
 * A `gtag()` that queues commands on `dataLayer` exactly as Google's snippet does: gtag.js reads
 * an `arguments` object as a command, and a plain array as data, so it must push `arguments`.
 * @internal
 */
export const gtagOf = (w: PageGlobals): ((...command: unknown[]) => void) =>
  function () {
    // eslint-disable-next-line prefer-rest-params
    ;(w.dataLayer ||= []).push(arguments)
  }
