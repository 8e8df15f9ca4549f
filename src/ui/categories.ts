import type { CategoryConfig, ConsentConfig } from '../types'
import type { Texts } from './lang/en'
import { localize } from './texts'

type Kind = 'necessary' | 'functional' | 'analytics' | 'marketing' | 'media'

// The well-known category ids, and the names sites commonly give the same purpose.
const KINDS: Record<string, Kind> = {
  necessary: 'necessary',
  essential: 'necessary',
  functional: 'functional',
  preferences: 'functional',
  analytics: 'analytics',
  statistics: 'analytics',
  marketing: 'marketing',
  advertising: 'marketing',
  ads: 'marketing',
  media: 'media',
}

const kindOf = (id: string): Kind | undefined => (Object.hasOwn(KINDS, id) ? KINDS[id] : undefined)

/**
 * A category's title in the visitor's language: the config's, else the built-in one for a
 * well-known id, else the id itself.
 * @internal
 */
export const categoryTitle = (t: Texts, id: string, category: CategoryConfig, lang: string) => {
  const kind = kindOf(id)
  return localize(category.title, lang) || (kind ? t[`${kind}Title`] : id)
}

/**
 * A category's description: the config's, else the built-in one for a well-known id (or for any
 * required category), else nothing.
 * @internal
 */
export const categoryDescription = (
  t: Texts,
  id: string,
  category: CategoryConfig,
  lang: string,
) => {
  const kind = kindOf(id) || (category.required ? 'necessary' : undefined)
  return localize(category.description, lang) || (kind ? t[`${kind}Text`] : '')
}

/**
 * The banner text, saying what the optional categories the config declares are for ("…with
 * your consent to measure its use and show you personalised advertising"), so that the first
 * layer never claims a purpose the site does not have or hides one it has. A site's own
 * `bannerText` without `{purposes}` is shown as it is.
 * @internal
 */
export function bannerText(t: Texts, config: ConsentConfig): string {
  const purposes: string[] = []
  for (const [id, category] of Object.entries(config.categories)) {
    const kind = kindOf(id)
    const purpose = category.required
      ? undefined
      : kind && kind != 'necessary'
        ? t[`${kind}Purpose`]
        : t.otherPurpose
    if (purpose && !purposes.includes(purpose)) purposes.push(purpose)
  }
  return t.bannerText.replace('{purposes}', listed(t, purposes))
}

/**
 * "A", "A and B", "A, B, and C", with the language's own words: what Intl.ListFormat writes,
 * without its first use loading locale data, which took 120–360 ms on the banner's path with
 * the CPU slowed down 4× (a long task of its own on a slow phone).
 */
const listed = (t: Texts, items: string[]) => {
  const [between, beforeLastOfTwo, beforeLast] = t.listWords.split('|')
  return items.length < 3
    ? items.join(beforeLastOfTwo)
    : items.slice(0, -1).join(between) + beforeLast + items.at(-1)
}
