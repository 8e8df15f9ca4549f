import type { ConsentPlugin } from '../types'
import { pageGlobals } from './gtag'

const on = (map: Readonly<Record<string, boolean>>) => Object.keys(map).filter((id) => map[id])

/**
 * Pushes `consentry_default` (on start) and `consentry_update` (on every change) to `dataLayer`,
 * with the granted categories and services, so that GTM triggers can fire on a choice.
 * `_clear` stops GTM from merging these arrays into the previous ones item by item.
 * @example createConsent(config, { plugins: [dataLayerEvents()] })
 */
export const dataLayerEvents = (): ConsentPlugin => ({
  name: 'datalayer',
  setup(consent) {
    const push = (event: string) => {
      const { categories, services, method } = consent.getState()
      ;(pageGlobals().dataLayer ||= []).push({
        event,
        consentry: { categories: on(categories), services: on(services), method },
        _clear: true,
      })
    }
    push('consentry_default')
    return consent.on('change', () => push('consentry_update'))
  },
})
