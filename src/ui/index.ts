// consentry/ui: the banner, the preferences center, the floating button and embed placeholders.
// (Being built.)
export { en } from './lang/en'
export type { Texts } from './lang/en'
