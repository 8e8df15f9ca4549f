import type { ConsentConfig } from '../config/schema'

/** How consent is asked: `opt-in` (EU: nothing optional before a yes) or `opt-out` (US). */
export type Regime = 'opt-in' | 'opt-out'

/**
 * The regime for this visitor: by the host-provided region (`US-CA`, then `US`) in `regimes`,
 * else the config's `regime`, else opt-in. Consentry never looks a visitor's location up itself.
 * (A region named like an Object.prototype member finds a function, which is not "opt-out":
 * such a lookup falls back to the stricter opt-in.)
 * @internal
 */
export function regimeOf(config: ConsentConfig, region = config.region): Regime {
  const regimes = config.regimes || {}
  const code = region?.toUpperCase()
  const local = code && (regimes[code] || regimes[code.split('-')[0]!])
  return (typeof local == 'string' ? local : config.regime) == 'opt-out' ? 'opt-out' : 'opt-in'
}
