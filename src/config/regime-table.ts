import type { ConsentConfig, Regime } from '../types'

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
