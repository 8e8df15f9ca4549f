import type { ConsentConfig } from '../types'

/**
 * Whether a config names a preset anywhere, so that the preset catalogue must be at hand. Safe on
 * any value.
 * @internal
 */
export const usesPresets = (config: unknown): boolean =>
  Object.values((config as ConsentConfig | null)?.services || {}).some(
    (service) => typeof (service as { preset?: unknown } | null)?.preset == 'string',
  )
