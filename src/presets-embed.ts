import { presets } from './services/presets'

// `consentry-presets.js`: the catalogue, fetched by the validator only for a config that names a
// preset and that this browser has not compiled before. A returning visitor never downloads it.
;(window.ConsentryChunks ||= {}).presets = presets
