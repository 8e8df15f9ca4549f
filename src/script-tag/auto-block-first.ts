import { usesPresets } from '../config/uses-presets'
import { installAutoBlock } from '../gating/auto-block/install'
import { readConfig } from './read-config'
import type { ConsentConfig, ConsentWarning } from '../types'

/*
 * The first thing consentry-auto.js does, before the core starts: with `"autoBlock"` in a config
 * the page carries inline (or in window.ConsentryConfig), block what declared services load
 * until they are granted. Hosts a preset gives come with consentry-presets.js, which the core
 * fetches for such a config: until it has run, every third-party element is held. A config by
 * URL arrives too late to block the page's own markup: the core then starts as consentry.js
 * does, and says so.
 */
const past: ConsentWarning[] = []
let warn = (warning: ConsentWarning): unknown => past.push(warning)

try {
  const script = document.currentScript as HTMLScriptElement
  // A config by URL is fetched by the core, too late to block the page's own markup.
  if (script.dataset.config) console.warn('Consentry: autoBlock needs an inline config')
  else {
    const config = readConfig(document, script) as ConsentConfig
    if (config.autoBlock) {
      const presetsArrived = installAutoBlock(document, {
        config,
        // As the core decides to fetch consentry-presets.js.
        awaitsPresets: usesPresets(config) && !('$compiled' in config),
        isGranted: (name) => window.Consentry?.isGranted(name),
        onUndeclared(host) {
          console.warn('Consentry: undeclared host ' + host)
          warn({ type: 'undeclared-host', host })
        },
      })
      const chunks = (window.ConsentryChunks ||= {})
      chunks.presetsArrived = (presets) => presetsArrived(presets.expand(config))
      // The manager starts after the page's first warnings: it takes those, then the later ones.
      chunks.warnings = (emit) => {
        past.forEach(emit)
        warn = emit
      }
    }
  }
} catch {
  // The core reads the config again and reports what is wrong with it.
}
