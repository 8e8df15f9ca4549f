/**
 * Parses JSON, naming where it came from and the line and column of a syntax error, counted
 * from the start of that text (V8 reports a position in its message; others report nothing more).
 * @internal
 */
export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))
    const before = at ? text.slice(0, +at[1]!).split('\n') : []
    throw new Error(
      `${where} is not valid JSON` +
        (at ? ` (line ${before.length}, column ${before.at(-1)!.length + 1})` : '') +
        `: ${(error as Error).message}`,
    )
  }
}

/** Fetches and parses a config by URL, with an error that says what went wrong. @internal */
export const fetchConfig = (url: string): Promise<unknown> =>
  fetch(url).then(
    (response) => {
      if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`)
      return response.text().then((text) => parseJson(text, url))
    },
    (error) => {
      throw new Error(`could not load ${url}: ${error}`)
    },
  )

/**
 * The config, from the places a site chooses, and no other: `data-config` on the core's own
 * script tag (a URL; it wins), else a `<script type="application/json" id="consentry-config">`
 * placed before the core, else `window.ConsentryConfig`. An element of user content that only
 * shares the id (a `<div id="consentry-config">`, or anything after the core) never counts.
 * @returns the config, a promise of it (by URL), or throws an error that names the source.
 * @internal
 */
export function readConfig(doc: Document, core: HTMLScriptElement): unknown {
  const url = core.dataset.config
  if (url) return fetchConfig(url)
  const inline = doc.getElementById('consentry-config')
  if (
    inline instanceof HTMLScriptElement &&
    inline.type == 'application/json' &&
    inline.compareDocumentPosition(core) & Node.DOCUMENT_POSITION_FOLLOWING
  )
    return parseJson(inline.textContent || '', '#consentry-config')
  const global = (doc.defaultView as { ConsentryConfig?: unknown } | null)?.ConsentryConfig
  if (global) return global
  throw new Error(
    'no config: put <script type="application/json" id="consentry-config"> before consentry.js, or give it data-config="/consent.json"',
  )
}
