import { joinPath } from './check-shape'
import type { Preset } from '../types'

// The preset fields a service may inherit. `sources` is left out on purpose: it documents the
// catalogue and has no place in a site's config.
const FIELDS = [
  'name',
  'provider',
  'category',
  'purpose',
  'privacyPolicyUrl',
  'cookies',
  'hosts',
  'consentMode',
  'vendor',
] as const

type Plain = Record<string, unknown>

const isPlain = (value: unknown): value is Plain =>
  !!value && typeof value == 'object' && !Array.isArray(value)

// A fresh copy, so that a consumer that edits its config can never edit the catalogue.
const copy = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((item) => (isPlain(item) ? { ...item } : item)) : value

// `catalogue[id]` would also find `constructor` or `toString` on a plain object literal.
const own = (catalogue: Record<string, Preset>, id: string): Preset | undefined =>
  Object.prototype.hasOwnProperty.call(catalogue, id) && isPlain(catalogue[id])
    ? catalogue[id]
    : undefined

/**
 * Fills in the services that name a `preset` with what the catalogue knows about them.
 *
 * A field the site wrote always wins over the preset's, field by field. That includes `cookies`:
 * a site that lists cookies replaces the preset's list entirely rather than adding to it; to add
 * cookies to a preset's, declare them at the top-level `cookies` with `"service": "<id>"`.
 * `category` follows the same rule, so the preset's category is only a suggestion for services
 * that give none. `preset` itself stays in the output.
 *
 * Never throws: services that are not objects, or whose `preset` is not a string, pass through
 * untouched for the validator to report.
 *
 * @param config A parsed config; it is not modified.
 * @param catalogue Presets by id, usually `presets`.
 * @returns The expanded config, and the paths (`services.<id>.preset`) of presets the catalogue
 *   does not have.
 * @example
 * expandPresets({ services: { ga: { preset: 'google-analytics' } } }, presets).config.services.ga
 * // { preset: 'google-analytics', name: 'Google Analytics 4', category: 'analytics', … }
 */
export function expandPresets<C extends { services?: Record<string, unknown> }>(
  config: C,
  catalogue: Record<string, Preset>,
): { config: C; unknown: string[] } {
  const unknown: string[] = []
  if (!isPlain(config) || !isPlain(config.services)) return { config, unknown }

  // Object.fromEntries defines own properties, so an id like "__proto__" stays an id.
  const services = Object.fromEntries(
    Object.entries(config.services).map(([id, service]) => {
      if (!isPlain(service) || typeof service.preset != 'string') return [id, service]
      const preset = own(catalogue, service.preset)
      if (!preset) {
        unknown.push(joinPath(joinPath('services', id), 'preset'))
        return [id, service]
      }
      const expanded: Plain = { ...service }
      for (const field of FIELDS)
        if (expanded[field] === undefined && preset[field] !== undefined)
          expanded[field] = copy(preset[field])
      return [id, expanded]
    }),
  )
  return { config: { ...config, services }, unknown }
}
