/**
 * WCAG 2.4.11 (Focus Not Obscured): while a fixed banner shows, nothing the visitor tabs to in
 * the page may sit wholly behind it.
 *
 * - `scroll-padding` on the root, equal to the banner's reach, makes the browser scroll whatever
 *   gets focus clear of it.
 * - Room of the same height after the page's end (padding on the root) lets even the footer's
 *   last link scroll above a bottom banner. Space added after the content moves nothing, so it
 *   costs no layout shift.
 * - Nothing can scroll above the top of a page, so a banner at the top steps aside instead: when
 *   focus lands on something it hides, it moves to the bottom edge for the rest of the page view.
 *   Reserving room at the top would push the whole page down, a layout shift on every first visit.
 *
 * @returns a function that takes it all away.
 * @internal
 */
export function keepFocusVisible(banner: HTMLElement, top: boolean): () => void {
  const root = document.documentElement
  const style = root.style
  const before: [string, string, string] = [
    style.paddingBottom,
    banner.style.top,
    banner.style.bottom,
  ]
  const clear = () => {
    style.removeProperty('scroll-padding-top')
    style.removeProperty('scroll-padding-bottom')
    style.paddingBottom = before[0]
  }
  // The root's padding never moves a fixed banner, so measuring needs no clear() first.
  const reserve = () => {
    // offsetTop ignores the transform of the entrance animation.
    const reach = top ? banner.offsetTop + banner.offsetHeight : innerHeight - banner.offsetTop
    style.setProperty('scroll-padding-' + (top ? 'top' : 'bottom'), reach + 'px')
    if (!top) style.paddingBottom = reach + 'px'
  }
  // Focus inside the banner reaches the page as focus on its shadow host.
  const host = (banner.getRootNode() as ShadowRoot).host
  const stepAside = (event: FocusEvent) => {
    const target = event.target as Element
    if (!top || target == host || !target.getBoundingClientRect) return
    const rect = target.getBoundingClientRect()
    if (rect.bottom <= 0 || rect.bottom > banner.getBoundingClientRect().bottom) return
    const gap = getComputedStyle(banner).top
    banner.style.top = 'auto'
    banner.style.bottom = gap
    top = false
    clear()
    reserve()
  }
  // A ResizeObserver measures after the browser's own layout, before the banner's first paint:
  // measuring here instead would force a layout of the whole page in the middle of the UI's
  // start-up (140 ms of it with the CPU slowed down 4×), then lay it out again to paint.
  const observer = window.ResizeObserver && new ResizeObserver(reserve)
  if (observer) observer.observe(banner)
  else reserve()
  document.addEventListener('focusin', stepAside)
  return () => {
    observer?.disconnect()
    document.removeEventListener('focusin', stepAside)
    clear()
    banner.style.top = before[1]
    banner.style.bottom = before[2]
  }
}
