import type { ConsentConfig, LocalizedText } from '../types'
import { en, type Texts } from './lang/en'

/** The language the UI speaks, and its texts with the site's overrides applied. @internal */
export interface Speech {
  lang: string
  t: Texts
}

/** A translation source: bundled texts, and a loader for the rest. @internal */
export interface Translations {
  languages?: Record<string, Partial<Texts>> | undefined
  loadLanguage?: ((code: string) => Promise<Partial<Texts> | undefined>) | undefined
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!

/**
 * The languages to try, best first: those of `<html lang>`, then the browser's, kept only if
 * `language.available` lists them (when it is given), then `language.default` (or English).
 * @internal
 */
export function wantedLanguages(config: ConsentConfig, doc: Document, nav: Navigator): string[] {
  const available = config.language?.available?.map(primary)
  const wanted = [doc.documentElement.lang, ...(nav.languages || [nav.language])]
    .filter(Boolean)
    .map(primary)
    .filter((code) => !available || available.includes(code))
  return [...wanted, primary(config.language?.default || 'en'), 'en']
}

/**
 * Finds the first wanted language there are texts for, loading at most what it tries (never
 * every language). The site's `texts` for that language win over the translation.
 * @internal
 */
export async function chooseTexts(
  config: ConsentConfig,
  from: Translations,
  doc: Document,
): Promise<Speech> {
  for (const lang of wantedLanguages(config, doc, navigator)) {
    const own =
      lang == 'en'
        ? en
        : from.languages?.[lang] || (await from.loadLanguage?.(lang).catch(() => undefined))
    const site = config.texts?.[lang]
    if (own || site) return { lang, t: { ...en, ...own, ...site } }
  }
  return { lang: 'en', t: en }
}

/** A config text in the visitor's language: one string, or one per language code. @internal */
export const localize = (text: LocalizedText | undefined, lang: string): string =>
  typeof text == 'string'
    ? text
    : text
      ? (text[lang] ?? text.en ?? Object.values(text)[0] ?? '')
      : ''

/** Puts a service's name into a text with `{service}`. @internal */
export const fill = (text: string, service: string) => text.split('{service}').join(service)
