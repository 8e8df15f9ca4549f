import { compileConfig } from '../config/compile-config'
import type { ConsentConfig } from '../types'

/*
 * consentry-check.js: the validator with its messages, loaded by the core only for a config this
 * browser has not validated before (and not compiled at build time). It returns every problem,
 * each with its JSON path, and also looks at the page's gated markup, because a misspelt
 * `data-consent` name would otherwise stay inert without a word, and a YouTube embed from
 * youtube.com would set more cookies than it needs to.
 */
;(window.ConsentryChunks ||= {}).check = (config, presets) => {
  const { model, issues } = compileConfig(config, presets)
  if (!model) return issues
  const { categories, services = {} } = model.config as ConsentConfig
  const has = (map: object, key: string) => Object.prototype.hasOwnProperty.call(map, key)
  for (const el of Array.from(document.querySelectorAll('[data-consent]'))) {
    const name = el.getAttribute('data-consent')!
    if (!has(categories, name) && !has(services, name))
      console.warn(
        `Consentry: data-consent="${name}" names no category or service; it stays inert.`,
        el,
      )
    // An embed from youtube.com sets YouTube's cookies as soon as it loads; the privacy-enhanced
    // youtube-nocookie.com does not until the video plays (REQUIREMENTS: vendor.gating-only).
    const url = el.getAttribute('data-src') || ''
    if (/^(https?:)?\/\/(www\.)?youtube\.com\/embed\//i.test(url))
      console.warn(
        `Consentry: ${url} sets cookies once it loads: write www.youtube-nocookie.com`,
        el,
      )
  }
  return []
}
