import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileText } from '../../src/cli/compile'
import { siteConfig, testingDist } from '../helpers'

describe('consentry compile', () => {
  it('fills presets in and stamps the config with a hash of the rest', () => {
    const config = { ...siteConfig(), services: { vimeo: { preset: 'vimeo' } } }
    config.categories.media = {}
    const result = compileText(JSON.stringify(config))
    expect(result.ok).toBe(true)
    const compiled = JSON.parse((result as { json: string }).json)
    expect(compiled.$compiled).toMatch(/^[0-9a-z]+$/)
    expect(compiled.services.vimeo).toMatchObject({ name: 'Vimeo', category: 'media' })
    // Compiling the output again gives the same output.
    expect(compileText((result as { json: string }).json)).toEqual(result)
  })

  it("carries each preset's hosts, from which consentry-auto.js blocks at once", () => {
    const config = { ...siteConfig(), autoBlock: true, services: { hj: { preset: 'hotjar' } } }
    const result = compileText(JSON.stringify(config)) as { json: string }
    expect(JSON.parse(result.json).services.hj.hosts).toEqual([
      'static.hotjar.com',
      'script.hotjar.com',
    ])
  })

  it('lists every problem by JSON path, and JSON that does not parse', () => {
    const result = compileText(JSON.stringify({ revision: 'one', categoriez: {} }))
    expect(result).toEqual({
      ok: false,
      issues: expect.arrayContaining([
        { path: 'revision', message: expect.stringContaining('expected an integer') },
        { path: 'categoriez', message: 'unknown option (misspelt?)' },
      ]),
    })
    expect(compileText('{ "revision": 1,')).toMatchObject({
      ok: false,
      issues: [{ path: '', message: expect.stringContaining('not valid JSON') }],
    })
  })

  it.runIf(testingDist)('runs as a command: writes the file, exits 1 on an invalid config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'consentry-compile-'))
    writeFileSync(join(dir, 'good.json'), JSON.stringify(siteConfig()))
    writeFileSync(join(dir, 'bad.json'), '{ "revision": 1 }')
    const cli = join(process.cwd(), 'dist/cli.js')
    execFileSync('node', [cli, 'compile', join(dir, 'good.json'), '-o', join(dir, 'out.json')])
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).$compiled).toBeTruthy()
    let status = 0
    try {
      execFileSync('node', [cli, 'compile', join(dir, 'bad.json')], { stdio: 'pipe' })
    } catch (error) {
      status = (error as { status: number }).status
      expect(String((error as { stderr: Buffer }).stderr)).toContain('categories: expected')
    }
    expect(status).toBe(1)
  })
})
