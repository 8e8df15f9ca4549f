import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildMatrix, findTaggedTests, renderMatrix } from '../scripts/compliance-matrix.mjs'

const matrix = buildMatrix()
const rows = matrix.sections.flatMap((section) => section.requirements)

describe('the compliance matrix (docs/compliance.md)', () => {
  it('is current: npm run compliance regenerates it from docs/requirements.json and the test names', () => {
    const written = readFileSync(new URL('../docs/compliance.md', import.meta.url), 'utf8')
    expect(written, 'docs/compliance.md is stale: run npm run compliance').toBe(
      renderMatrix(matrix),
    )
  })

  it('names only requirements that exist in the tags of test names', () => {
    expect(matrix.unknownTags).toEqual([])
  })

  it('gives every requirement a unique id', () => {
    const ids = rows.map((row) => row.id)
    expect(ids.filter((id, i) => ids.indexOf(id) != i)).toEqual([])
  })

  it('lists the requirements that no test proves yet', () => {
    const untested = rows.filter((row) => row.status == 'not covered').map((row) => row.id)
    // The known list, kept short on purpose: a requirement that loses its last test fails here,
    // and one that gains a test is taken off by hand.
    expect(untested).toEqual(UNTESTED)
  })

  it('finds tags in names written across lines, in template strings and in it.each', () => {
    const found = findTaggedTests().filter((t) => t.file == 'test/compliance-matrix.test.ts')
    expect(found).toEqual([])
    const tagged = findTaggedTests()
    expect(tagged.length).toBeGreaterThan(0)
    expect(tagged.every((t) => t.ids.length > 0 && !t.name.startsWith('['))).toBe(true)
  })
})

/** Requirements with no test, said honestly; see docs/compliance.md for each one's text. */
const UNTESTED: string[] = []
