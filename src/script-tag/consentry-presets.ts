import { expandPresets } from '../config/expand-presets'
import { presets } from '../services/presets'
import type { ConsentConfig } from '../types'

/*
 * consentry-presets.js: the catalogue, fetched by the core for a config that names a preset and
 * was not compiled at build time. It fills the presets in, so the core carries neither the
 * catalogue nor the expansion; the validator gets the catalogue too, for its messages.
 * consentry-auto.js learns of it at once, before the core starts: it holds every third-party
 * element until it knows the presets' hosts.
 */
const chunks = (window.ConsentryChunks ||= {})
chunks.presets = {
  catalogue: presets,
  expand: (config) => expandPresets(config, presets).config as ConsentConfig,
}
chunks.presetsArrived?.(chunks.presets)
