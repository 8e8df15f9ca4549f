/** What name resolution needs from the consent model (src/config/build-model.ts). @internal */
export interface ConsentNames {
  categories: string[]
  required: string[]
  services: Record<string, string>
  config: { aliases?: Record<string, string> | undefined }
}

/*
 * Markup written for other consent tools, accepted as it is:
 *   Cookiebot        <script type="text/plain" data-cookieconsent="statistics" src=…>
 *                    <iframe data-cookieblock-src=… data-cookieconsent="marketing">
 *   CookieConsent v3 <script type="text/plain" data-category="analytics" data-service="…">
 *   Klaro, Orejime   <script type="text/plain|opt-in" data-type="…" data-name="…" data-src=…>
 *                    <iframe data-name="youtube" data-src=…>
 * Each inert element gets the `data-consent` name the gate understands (and `src` back from
 * `data-src` on a script, which only takes effect in the live copy), so that the gate runs it.
 */

const FOREIGN =
  '[data-cookieconsent]:not([data-consent-state]),[data-category]:not([data-consent]),[data-name]:not([data-consent])'

// Only elements the other tool kept inert: a script of a type that never runs, or an element
// whose URL waits in `data-src` (`data-cookieblock-src` for Cookiebot).
const isInert = (el: Element) =>
  el.localName == 'script'
    ? /^(text\/plain|opt-in)$/i.test((el as HTMLScriptElement).type)
    : el.hasAttribute('data-src') || el.hasAttribute('data-cookieblock-src')

// Other tools' inert elements under `node`, `node` itself first.
const foreignUnder = (node: ParentNode) => {
  const found = [...node.querySelectorAll(FOREIGN)]
  if (node instanceof Element && node.matches(FOREIGN)) found.unshift(node)
  return found.filter(isInert)
}

// Category names that mean the same thing across tools: a name the config lacks is tried as
// each other member of its group, in order.
const SYNONYMS = [
  ['analytics', 'statistics', 'performance'],
  ['functional', 'preferences', 'functionality'],
  ['marketing', 'advertising', 'ads', 'targeting'],
]

/**
 * Resolves another tool's category or service name to one of the config's ids: an explicit
 * `aliases` entry, the name itself, a well-known synonym (`statistics` → `analytics`), and for
 * `necessary` (Cookiebot's always-on category) the config's required category. `undefined` when
 * nothing fits: the element then stays inert.
 * @internal
 */
export function resolveForeignName(model: ConsentNames, name: string): string | undefined {
  const key = name.trim().toLowerCase()
  const known = (id: string) => model.categories.includes(id) || id in model.services
  const alias = model.config.aliases?.[name.trim()] ?? model.config.aliases?.[key]
  if (alias) return known(alias) ? alias : undefined
  for (const id of [name.trim(), ...(SYNONYMS.find((group) => group.includes(key)) || [key])])
    if (known(id)) return id
  if (key == 'necessary' || key == 'required') return model.required[0]
}

// The names an element asks for: every one must be granted (Cookiebot lists several with commas;
// CookieConsent wants its category, or its service when the config declares that service).
const namesOf = (model: ConsentNames, el: Element): (string | undefined)[] => {
  const cookiebot = el.getAttribute('data-cookieconsent')
  if (cookiebot != null)
    return cookiebot
      .split(',')
      .filter((name) => name.trim())
      .map((name) => resolveForeignName(model, name))
  const service = el.getAttribute('data-service')
  const category = el.getAttribute('data-category')
  if (category != null) {
    // `!analytics` (run while refused) has no Consentry equivalent: it stays inert.
    if (category.startsWith('!')) return [undefined]
    const byService = service && resolveForeignName(model, service)
    return [byService || resolveForeignName(model, category)]
  }
  return [resolveForeignName(model, el.getAttribute('data-name') || '')]
}

/**
 * Hears of a script of other tools' markup that the page refuses the URL it keeps in `data-src`
 * (under Trusted Types): the `data-consent` name the script would have had, the script, and the
 * DOM's `TypeError`.
 * @internal
 */
export type ForeignScriptRefused = (name: string, element: Element, error: unknown) => void

/**
 * Gives other tools' inert markup under `node` a `data-consent` name. With several names
 * (Cookiebot's `"statistics, marketing"`) the element carries the first one not yet granted, so
 * the gate runs it only when all are: call again after every decision. An unknown name becomes
 * `data-consent=""`, which nothing grants, and so does a script whose `data-src` the page
 * refuses as its `src` (under Trusted Types), which is also reported through `onRefused`.
 * @internal
 */
export function createForeignMarkup(
  model: ConsentNames,
  isGranted: (name: string) => boolean,
  onRefused: ForeignScriptRefused,
) {
  return (node: ParentNode) => {
    for (const el of foreignUnder(node)) {
      // Kept inert for good (Cookiebot markup is read again after every decision): an unknown
      // name stays unknown, and a refused URL stays refused and is reported once.
      if (el.getAttribute('data-consent') == '') continue
      const names = namesOf(model, el)
      const name = names.includes(undefined)
        ? ''
        : names.find((name) => !isGranted(name!)) || names.at(-1)!
      const dataSrc = el.getAttribute('data-cookieblock-src')
      if (dataSrc != null && !el.hasAttribute('data-src')) el.setAttribute('data-src', dataSrc)
      // Klaro and Orejime keep a script's URL in data-src; a script of an inert type fetches
      // nothing, and its live copy takes `src` with every other attribute.
      if (el.localName == 'script' && el.hasAttribute('data-src') && !el.hasAttribute('src')) {
        try {
          el.setAttribute('src', el.getAttribute('data-src')!)
          el.removeAttribute('data-src')
        } catch (error) {
          // Under Trusted Types the DOM refuses a plain string as a script URL. A data-* value
          // is no sink, so any script could have written it: passing it through a policy of
          // ours would launder it. The script stays inert and the rest of the page proceeds;
          // any other error is a bug and escapes. Reported a microtask later, since the first
          // scan runs inside createConsent(), before its caller can subscribe to on('error').
          if (!(error instanceof TypeError)) throw error
          el.setAttribute('data-consent', '')
          queueMicrotask(() => onRefused(name, el, error))
          continue
        }
      }
      el.setAttribute('data-consent', name)
    }
  }
}

/** What reads other tools' markup: {@link createForeignMarkup}. @internal */
export type ForeignMarkupReader = typeof createForeignMarkup

/**
 * How a manager reads other tools' markup: it makes the gate's `normalize`, which answers
 * `false` while the gate must activate nothing (see {@link fetchedForeignMarkup}), reports
 * through `onRefused` a script the page refuses to give its URL, and calls `onSettled` when the
 * gate should scan the page again. `createForeignMarkup` itself is one (npm bundles it): it
 * never holds the gate.
 * @internal
 */
export type ForeignMarkup = (
  model: ConsentNames,
  isGranted: (name: string) => boolean,
  onRefused: ForeignScriptRefused,
  onSettled: () => void,
) => (node: ParentNode) => boolean | void

/**
 * Reads other tools' markup with a reader fetched the first time such markup appears (the script
 * tag's consentry-foreign.js). From then until it has arrived, the gate runs nothing at all, so
 * that every gated script still runs in document order; the markup is inert by itself, so
 * nothing of it runs early. If the reader cannot arrive (offline), that markup stays inert for this page view and
 * the rest of the page runs.
 * @internal
 */
export const fetchedForeignMarkup =
  (fetchReader: () => Promise<ForeignMarkupReader>): ForeignMarkup =>
  (model, isGranted, onRefused, onSettled) => {
    let translate: ((node: ParentNode) => void) | undefined
    let fetching = false
    let failed = false
    return (node) => {
      if (translate) return translate(node)
      if (fetching) return false
      if (failed || !foreignUnder(node).length) return
      fetching = true
      fetchReader()
        .then(
          (reader) => void (translate = reader(model, isGranted, onRefused)),
          (error) => {
            failed = true
            console.error('Consentry:', error)
          },
        )
        .finally(() => {
          fetching = false
          onSettled()
        })
      return false
    }
  }
