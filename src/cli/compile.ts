import { compileConfig } from '../config/compile-config'
import { hash } from '../consent/hash'
import { presets } from '../services/presets'
import type { ConfigIssue } from '../types'

/** What compiling a config gives: the compiled JSON, or what is wrong. */
export type CompileResult = { ok: true; json: string } | { ok: false; issues: ConfigIssue[] }

/**
 * Compiles a config for the script tag: validates it, fills its presets in, and stamps it with
 * `$compiled`, a hash of the rest, by which the core knows it needs neither consentry-check.js
 * nor consentry-presets.js. The stamp catches a later hand edit; it is no signature (the page
 * that carries the config is trusted with it anyway).
 * @param text the config's JSON.
 * @internal
 */
export function compileText(text: string): CompileResult {
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }],
    }
  }
  // A config compiled before is compiled again from what it says.
  if (config && typeof config == 'object') delete (config as { $compiled?: unknown }).$compiled
  const { model, issues } = compileConfig(config, presets)
  if (!model) return { ok: false, issues }
  const compiled = { $compiled: hash(JSON.stringify(model.config)), ...model.config }
  return { ok: true, json: JSON.stringify(compiled) }
}
