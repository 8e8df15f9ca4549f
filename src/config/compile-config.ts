import { expandPresets } from './expand-presets'
import { buildModel, type ConsentModel } from './build-model'
import { checkConfig } from './check-config'
import { usesPresets } from './uses-presets'
import type { ConfigIssue, ConsentConfig, Preset } from '../types'

/**
 * Fills in presets, validates the result and resolves it into the model the engine runs on:
 * everything a config needs before its first use, and nothing a returning visitor needs again.
 * @returns the model, or the issues that stop the config from being used.
 * @internal
 */
export function compileConfig(
  config: unknown,
  catalogue?: Record<string, Preset>,
): { model?: ConsentModel; issues: ConfigIssue[] } {
  const { config: expanded, unknown } = catalogue
    ? expandPresets(config as { services?: Record<string, unknown> }, catalogue)
    : { config, unknown: [] }
  const issues = [
    ...unknown.map((path) => ({
      path,
      message: `expected a preset id (${Object.keys(catalogue!).join(', ')}), got an unknown one`,
    })),
    // A service whose preset is unknown misses what the preset would have given (its
    // category above all): one error per mistake, the unknown preset.
    ...checkConfig(expanded).filter(
      (issue) => !unknown.some((path) => issue.path == path.replace(/preset$/, 'category')),
    ),
  ]
  if (!catalogue && usesPresets(config))
    issues.unshift({
      path: 'services',
      message:
        "presets need the catalogue: import { presets } from 'consentry/presets' and pass createConsent(config, { presets })",
    })
  return issues.length ? { issues } : { model: buildModel(expanded as ConsentConfig), issues }
}
