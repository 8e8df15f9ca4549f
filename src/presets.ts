// `consentry/presets`: the preset catalogue, for apps whose config names presets.
export { presets } from './services/presets'
export { expandPresets } from './config/expand-presets'
export type { Preset, PresetCookie } from './types/presets'
