import type { Consent, ConsentErrorEvent, ConsentPlugin } from '../types'

/**
 * Sets up each plugin on the manager. One that throws is reported, later (the page, which has no
 * manager yet, can then listen for it), and the others still start.
 * @returns a teardown that runs every plugin's own teardown once.
 * @internal
 */
export function startPlugins(
  plugins: readonly ConsentPlugin[],
  consent: Consent,
  report: (event: ConsentErrorEvent) => void,
): () => void {
  const teardowns: (() => void)[] = []
  for (const plugin of plugins) {
    try {
      const teardown = plugin.setup(consent)
      if (typeof teardown == 'function') teardowns.push(teardown)
    } catch (error) {
      queueMicrotask(() => report({ type: 'plugin', name: plugin.name, error }))
    }
  }
  return () => {
    for (const teardown of teardowns.splice(0))
      try {
        teardown()
      } catch (error) {
        report({ type: 'listener', error })
      }
  }
}
