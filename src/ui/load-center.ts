import type { Preferences } from './preferences'

type Center = typeof Preferences

/**
 * Gets the preferences center once: at once when the app bundles it, else from the promise of
 * the chunk that carries it (the script tag fetches it on the first "Customize"). While it is on
 * its way, further requests are dropped, so a double click opens it once.
 * @internal
 */
export function createCenterLoader(load: () => Center | Promise<Center>) {
  let loaded: Center | undefined
  let loading = false
  return (then: (center: Center) => void) => {
    if (loading) return
    const center = loaded || load()
    if (!(center instanceof Promise)) return then((loaded = center))
    loading = true
    center.then(
      (center) => {
        loading = false
        then((loaded = center))
      },
      (error) => {
        loading = false
        console.error('Consentry:', error)
      },
    )
  }
}
