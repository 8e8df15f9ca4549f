import { compileConfig, usesPresets } from './config/compile-config'
import type { ConsentConfig } from './config/schema'

// `consentry-check.js`: the validator with its messages, loaded by the script-tag core only
// when it meets a config it has not compiled before in this browser. It fills in presets
// (fetching the catalogue only when the config names one), prints what is wrong, and also looks
// at the page's gated markup, because a misspelt `data-consent` name would otherwise stay inert
// without a word. The model it returns is what the core keeps for the next page views.
const chunks = (window.ConsentryChunks ||= {})
chunks.check = async (config, load) => {
  if (usesPresets(config)) await load('presets')
  const { model, issues } = compileConfig(config, chunks.presets)
  if (!model)
    return console.error(
      'Consentry: invalid config, nothing gated will run:\n' +
        issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
    )
  const { categories, services = {} } = model.config as ConsentConfig
  for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
    const name = el.getAttribute('data-consent')!
    if (!{}.hasOwnProperty.call(categories, name) && !{}.hasOwnProperty.call(services, name))
      console.warn(
        `Consentry: data-consent="${name}" names no category or service; it stays inert.`,
        el,
      )
  }
  return model
}
