import type { Regime } from '../types'

/**
 * The regime for this visitor: by the host-provided region (`US-CA`, then `US`), else the
 * config's. Consentry never looks a visitor's location up itself.
 * @param table the model's `regimes` (see `regimeTable`).
 * @internal
 */
export const regimeFor = (table: Record<string, Regime>, region = ''): Regime => {
  const code = region.toUpperCase()
  return table[code] || table[code.split('-')[0]!] || table['']!
}
