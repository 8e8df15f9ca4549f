/**
 * WCAG 2.4.11 (Focus Not Obscured): while a fixed banner shows, the page scrolls whatever gets
 * focus clear of it, through `scroll-padding` on the root equal to the banner's reach.
 * @returns a function that takes it away.
 * @internal
 */
export function padScrolling(banner: HTMLElement, top: boolean): () => void {
  const style = document.documentElement.style
  const property = 'scroll-padding-' + (top ? 'top' : 'bottom')
  // offsetTop ignores the transform of the entrance animation.
  const observer =
    window.ResizeObserver &&
    new ResizeObserver(() =>
      style.setProperty(
        property,
        (top ? banner.offsetTop + banner.offsetHeight : innerHeight - banner.offsetTop) + 'px',
      ),
    )
  observer?.observe(banner)
  return () => {
    observer?.disconnect()
    style.removeProperty(property)
  }
}
