// `consentry/presets`: the preset catalogue, for apps whose config names presets.
export { presets } from './services/presets'
export { expandPresets } from './services/expand-presets'
export type { Preset, PresetCookie } from './services/preset-types'
