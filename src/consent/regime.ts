import type { ConsentConfig } from '../config/schema'

/** How consent is asked: `opt-in` (EU: nothing optional before a yes) or `opt-out` (US). */
export type Regime = 'opt-in' | 'opt-out'

/**
 * The config's regimes as the engine looks them up: region codes in upper case, and under `''`
 * the regime of every other visitor (the config's `regime`, else opt-in). Upper-case keys can
 * never name an Object.prototype member, so a lookup finds a regime or nothing.
 * @internal
 */
export const regimeTable = (config: ConsentConfig): Record<string, Regime> => {
  const table: Record<string, Regime> = { '': config.regime || 'opt-in' }
  for (const [code, regime] of Object.entries(config.regimes || {}))
    table[code.toUpperCase()] = regime
  return table
}

/**
 * The regime for this visitor: by the host-provided region (`US-CA`, then `US`), else the
 * config's. Consentry never looks a visitor's location up itself.
 * @internal
 */
export const regimeFor = (table: Record<string, Regime>, region = ''): Regime => {
  const code = region.toUpperCase()
  return table[code] || table[code.split('-')[0]!] || table['']!
}
