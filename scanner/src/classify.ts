import { presetForCookie, presetForHost, type PresetMatch } from './catalogue'
import type { Declarations } from './declarations'

/*
 * Whether a cookie may be there before consent: what the site's config says when there is one,
 * else what the preset catalogue says. A cookie that neither knows is "unknown": listed for the
 * site owner to classify, never reported as a violation on a guess.
 */

/** How a cookie is classified. */
export type CookieClass = 'necessary' | 'optional' | 'unknown'

/** Classifies a cookie name. */
export function classifyCookie(name: string, declared?: Declarations): CookieClass {
  const fromConfig = declared?.cookie(name)
  if (fromConfig?.declared) return fromConfig.necessary ? 'necessary' : 'optional'
  const match = presetForCookie(name)
  return !match ? 'unknown' : match.category == 'necessary' ? 'necessary' : 'optional'
}

/** The preset of a host, and whether it is a tracker: a preset outside `necessary`. */
export function classifyHost(host: string): { match?: PresetMatch; tracker: boolean } {
  const match = presetForHost(host)
  return match ? { match, tracker: match.category != 'necessary' } : { tracker: false }
}
