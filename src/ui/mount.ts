import { render } from 'preact'
import { adoptStyles } from './adopt-styles'
import { CSS } from './styles'

/** Where and how the UI renders: one shadow-rooted host per piece. @internal */
export interface MountOptions {
  nonce?: string | undefined
  theme: string
  lang: string
}

/**
 * Makes `<consentry-ui>` hosts with an open shadow root, so the page's CSS cannot reach in and
 * ours cannot leak out. Styles go in as one constructed stylesheet shared by every host, which a
 * Content-Security-Policy without 'unsafe-inline' allows; where that is missing (Safari before
 * 16.4, jsdom), a `<style>` carrying the nonce.
 * @returns a function that creates a host, lets `place` put it in the page, and returns its
 *   shadow root to render into.
 * @internal
 */
export function createMounter(doc: Document, options: MountOptions) {
  return (place: (host: HTMLElement) => void): ShadowRoot => {
    const host = doc.createElement('consentry-ui')
    const shadow = host.attachShadow({ mode: 'open' })
    host.className = options.theme
    host.lang = options.lang
    // Arabic, Hebrew, Persian and Urdu are written right to left.
    if (/^(ar|he|fa|ur)$/.test(options.lang)) host.dir = 'rtl'
    // Preact's first render into a container removes what is already there: render nothing
    // first, so that a fallback <style> stays.
    render(null, shadow)
    adoptStyles(shadow, CSS, options.nonce)
    place(host)
    return shadow
  }
}
