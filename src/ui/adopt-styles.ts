// One constructed stylesheet per CSS text, shared by every host that uses it.
const sheets: Record<string, CSSStyleSheet> = {}

/**
 * Styles a shadow root with `css`: as a constructed stylesheet, which a Content-Security-Policy
 * without 'unsafe-inline' allows, or where that is missing (Safari before 16.4, jsdom) as a
 * `<style>` that carries the page's nonce.
 * @internal
 */
export function adoptStyles(shadow: ShadowRoot, css: string, nonce: string | undefined): void {
  try {
    if ('adoptedStyleSheets' in shadow) {
      if (!sheets[css]) (sheets[css] = new CSSStyleSheet()).replaceSync(css)
      shadow.adoptedStyleSheets = [sheets[css]]
      return
    }
  } catch {
    // A browser that has the property but cannot construct or adopt: the fallback below.
  }
  const style = shadow.ownerDocument.createElement('style')
  if (nonce) style.setAttribute('nonce', nonce)
  style.textContent = css
  shadow.append(style)
}
