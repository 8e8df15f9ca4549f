import { cookiePattern } from '../../src/cookies/pattern'
import { presets } from '../../src/services/presets'
import type { Preset, PresetCategory } from '../../src/types/presets'

/*
 * Matching what was seen against Consentry's preset catalogue, read from the repository's
 * src/services/presets.ts when the scanner is bundled: a bigger catalogue means better matches,
 * with no change here.
 */

/** A preset a cookie or host belongs to. */
export interface PresetMatch {
  id: string
  preset: Preset
  category: PresetCategory
}

const catalogue = Object.entries(presets as Record<string, Preset>)

// Compiled once: a scan matches thousands of names.
const cookieMatchers = catalogue.flatMap(([id, preset]) =>
  preset.cookies.map((cookie) => ({ id, preset, test: cookiePattern(cookie.name) })),
)

/** Whether `host` is `domain` or one of its subdomains. */
export const hostIn = (host: string, domain: string): boolean =>
  host == domain || host.endsWith('.' + domain)

/** The first preset (in catalogue order) one of whose cookie patterns matches the name. */
export function presetForCookie(name: string): PresetMatch | undefined {
  const found = cookieMatchers.find((matcher) => matcher.test.test(name))
  return found && { id: found.id, preset: found.preset, category: found.preset.category }
}

/** The first preset (in catalogue order) that loads from this host or a parent domain of it. */
export function presetForHost(host: string): PresetMatch | undefined {
  const found = catalogue.find(([, preset]) => preset.hosts.some((h) => hostIn(host, h)))
  return found && { id: found[0], preset: found[1], category: found[1].category }
}

/** The preset with this id, if the catalogue has one. */
export const presetById = (id: string): Preset | undefined =>
  Object.prototype.hasOwnProperty.call(presets, id)
    ? (presets as Record<string, Preset>)[id]
    : undefined

/** A tracker: a host of a preset in a category other than `necessary`. */
export const isTrackerHost = (host: string): boolean => {
  const match = presetForHost(host)
  return !!match && match.category != 'necessary'
}

// Google's hosts, which must not be contacted before a Consent Mode default is set.
const GOOGLE =
  /(^|\.)(google-analytics|googletagmanager|doubleclick|googleadservices|googlesyndication)\.(com|net)$/

/** Whether a request to this host is a Google tag's (for `consent-mode-late`). */
export const isGoogleTagHost = (host: string): boolean => GOOGLE.test(host)

/** Whether a preset is one whose data is sold or shared for ads (for `gpc-ignored`). */
export const isSaleOrSharing = (match: PresetMatch | undefined): boolean =>
  match?.category == 'marketing'
