// The build step that shortens the UI's private custom properties (scripts/rollup-css-vars.mjs):
// every name the UI uses is declared, each gets its own short name, and a typo fails the build
// instead of falling back silently in a visitor's browser.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renameVars, varTable } from '../../scripts/rollup-css-vars.mjs'

const uiFiles = readdirSync('src/ui', { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => join('src/ui', file))
const table = varTable(readFileSync('src/ui/styles.ts', 'utf8'))

describe('private custom properties', () => {
  it('are all declared, each with its own short name', () => {
    expect(table.size).toBeGreaterThan(5)
    expect(new Set(table.values()).size).toBe(table.size)
    for (const short of table.values()) expect(short).toMatch(/^--[a-z]{1,2}$/)
    for (const file of uiFiles) {
      const renamed = renameVars(readFileSync(file, 'utf8'), table, file)
      expect(renamed, file).not.toMatch(/--ui-[a-z]/)
    }
  })

  it("are shortened to their first letter, or the next free one, leaving the site's alone", () => {
    const styles = '`:host{--ui-accent:var(--consentry-accent,red);--ui-alpha:1;--ui-bg:#fff}`'
    const local = varTable(styles)
    expect([...local]).toEqual([
      ['--ui-accent', '--a'],
      ['--ui-alpha', '--b'],
      ['--ui-bg', '--c'],
    ])
    expect(renameVars('color:var(--ui-accent);top:var(--consentry-top)', local)).toBe(
      'color:var(--a);top:var(--consentry-top)',
    )
  })

  it('fail the build when one is used but never declared', () => {
    expect(() => renameVars('color:var(--ui-acent)', table, 'banner.tsx')).toThrow(
      'banner.tsx: --ui-acent is not declared',
    )
  })
})
