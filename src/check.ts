import { checkConfig } from './config/check-config'
import type { ConsentConfig } from './config/schema'

// `consentry-check.js`: the validator with its messages, loaded by the script-tag core only
// when it meets a config it has not validated before in this browser. It prints what is wrong,
// and also looks at the page's gated markup, because a misspelt `data-consent` name would
// otherwise stay inert without a word.
;(window.ConsentryChunks ||= {}).check = (config) => {
  const issues = checkConfig(config)
  if (issues.length)
    console.error(
      'Consentry: invalid config, nothing gated will run:\n' +
        issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n'),
    )
  else {
    const { categories, services = {} } = config as ConsentConfig
    for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
      const name = el.getAttribute('data-consent')!
      if (!{}.hasOwnProperty.call(categories, name) && !{}.hasOwnProperty.call(services, name))
        console.warn(
          `Consentry: data-consent="${name}" names no category or service; it stays inert.`,
          el,
        )
    }
  }
  return issues
}
