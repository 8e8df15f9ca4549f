import { installAutoBlock } from '../gating/auto-block/install'
import { readConfig } from './read-config'
import type { ConsentConfig } from '../types'

/*
 * The first thing consentry-auto.js does, before the core starts: with `"autoBlock"` in a config
 * the page carries inline (or in window.ConsentryConfig), block what declared services load
 * until they are granted. A config by URL arrives too late to block the page's own markup: the
 * core then starts as consentry.js does, and says so.
 */
try {
  const script = document.currentScript as HTMLScriptElement
  const config = readConfig(document, script) as ConsentConfig
  if (config instanceof Promise)
    console.warn('Consentry: autoBlock needs the config inline, not by data-config')
  else if (config.autoBlock)
    installAutoBlock(document, {
      config,
      isGranted: (name) => !!window.Consentry?.isGranted(name),
      onUndeclared: (host) =>
        console.warn(
          `Consentry: ${host} is a third-party host no service declares: add it to a service's "hosts"`,
        ),
    })
} catch {
  // The core reads the config again and reports what is wrong with it.
}
