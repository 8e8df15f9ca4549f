import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { presets } from 'consentry/presets'
import { renderPresetsDoc } from '../../scripts/presets-doc'
import type { Preset } from 'consentry'

const catalogue: Record<string, Preset> = presets
const entries = Object.entries(catalogue)

describe('docs/presets.md', () => {
  const file = join(process.cwd(), 'docs/presets.md')
  // The page as the generator renders it; the first test holds the committed file to it, so the
  // second one speaks for the file too.
  const rendered = renderPresetsDoc(catalogue)
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // One overview row: id, name, category, in table cells that Prettier pads with spaces.
  const row = (...cells: string[]) =>
    new RegExp(cells.map((c) => `\\|\\s*${literal(c)}\\s*`).join(''))

  it('is what scripts/presets-doc.ts renders from the catalogue (run with -u to rewrite it)', async () => {
    await expect(rendered).toMatchFileSnapshot(file)
  })

  it('documents every preset with its category and every cookie it declares', () => {
    const doc = rendered
    for (const [id, preset] of entries) {
      expect(doc, id).toMatch(row(`\`${id}\``, preset.name, preset.category))
      for (const { name } of preset.cookies) expect(doc, `${id}: ${name}`).toContain(`\`${name}\``)
    }
  })
})
