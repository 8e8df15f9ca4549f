/**
 * The theme class of the UI's hosts. `light` and `dark` are fixed; `auto` follows the visitor's
 * system setting. Without `ui.theme` the UI stays light, a light-only page does not get a dark
 * banner, unless the page declares that it supports dark itself, with
 * `<meta name="color-scheme" content="light dark">` or `color-scheme: … dark` on its root
 * element: then it follows the system setting as the page does.
 * @internal
 */
export function themeOf(theme: string | undefined, doc: Document): string {
  if (theme) return theme
  const declared = [
    doc.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content,
    getComputedStyle(doc.documentElement).colorScheme,
  ]
  return declared.some((scheme) => /\bdark\b/.test(scheme || '')) ? 'auto' : 'light'
}
