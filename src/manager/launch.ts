import type { ConsentModel } from '../config/build-model'
import type { Consent, ConsentPlugin, ConsentUI } from '../types'
import { createManager, type ManagerOptions } from './create-manager'
import { claim, runningOn } from './running'

/**
 * Starts the one manager of a document: the script tag and `createConsent` both come here. A
 * manager already running is returned whatever the new config and options (`createConsent`
 * warns of it first). The UI's `attach` and the release of the document are plugins
 * like any other, so that `destroy()` takes each of them down.
 * @internal
 */
export function launch(model: ConsentModel, options: ManagerOptions): Consent {
  const doc = options.document
  const live = doc && runningOn(doc)
  if (live && live != 'starting') return live
  const { ui } = options
  // Nothing to show on a server (no document): no UI, and no warning on every render.
  const shown: ConsentUI | undefined = doc ? ui : undefined
  let released = false
  const plugins: ConsentPlugin[] = [
    { name: 'ui', setup: (consent) => shown?.attach?.(consent) },
    ...(options.plugins || []),
    // Leaves the page to a new manager (unless one has already taken it).
    {
      name: 'release',
      setup: (consent) => () => {
        released = true
        if (doc && runningOn(doc) == consent) claim(doc, undefined)
      },
    },
  ]
  const consent = createManager(model, {
    ...options,
    // After destroy() the UI must add nothing more; its attach runs as a plugin.
    ui: shown && { show: (view, consent) => (released ? undefined : shown.show(view, consent)) },
    plugins,
  })
  if (doc && !released) claim(doc, consent)
  return consent
}
