import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { repo, scratch } from './scratch'

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string
  }
}

/** What `*` stands for in the files a pattern like `./dist/types/lang/*.d.ts` matches. */
function namesMatching(root: string, pattern: string): string[] {
  const [before, after] = pattern.split('*') as [string, string]
  const folder = join(root, before.slice(0, before.lastIndexOf('/') + 1))
  const prefix = before.slice(before.lastIndexOf('/') + 1)
  const names = readdirSync(folder)
    .filter((file) => file.startsWith(prefix) && file.endsWith(after))
    .map((file) => file.slice(prefix.length, file.length - after.length))
  expect(names.length, pattern).toBeGreaterThan(0)
  return names
}

/** Runs an ES module in plain Node (no DOM) inside the scratch app; returns what it prints. */
const runInNode = (code: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: scratch,
    encoding: 'utf8',
  })

describe('the packed package', () => {
  it('ships the built files, their declarations and the licence', () => {
    const files = execFileSync('tar', ['tzf', inject('tarball')], { encoding: 'utf8' })
    for (const file of ['LICENSE', 'README.md', 'dist/index.js', 'dist/consentry.js'])
      expect(files).toContain('package/' + file)
    const { exports } = JSON.parse(
      execFileSync('cat', [join(scratch, 'node_modules/consentry/package.json')], {
        encoding: 'utf8',
      }),
    ) as { exports: Record<string, string | Record<string, string>> }
    const installed = join(scratch, 'node_modules/consentry')
    for (const [subpath, target] of Object.entries(exports)) {
      const files = typeof target == 'string' ? [target] : Object.values(target)
      // A pattern (`./ui/lang/*`): each name its declarations offer must have every other file.
      const names = subpath.includes('*') ? namesMatching(installed, files[0]!) : ['']
      for (const name of names)
        for (const file of files)
          expect(
            existsSync(join(installed, file.replace('*', name))),
            file.replace('*', name),
          ).toBe(true)
    }
  })

  it('has no problem that Are the Types Wrong finds, for ESM apps', () => {
    // The script-tag file and the JSON schema are not modules to import types from.
    const attw = join(repo, 'node_modules/.bin/attw')
    const args = ['--profile', 'esm-only', '--exclude-entrypoints', 'consentry.js', 'schema.json']
    expect(() =>
      execFileSync(attw, [inject('tarball'), ...args], { encoding: 'utf8' }),
    ).not.toThrow()
  })

  it('reads a choice with consentry/server in plain Node, where there is no DOM', () => {
    const out = runInNode(`
      import { readConsent } from 'consentry/server'
      const config = { revision: 1, categories: { necessary: { required: true }, analytics: {} } }
      console.log(typeof document, JSON.stringify(readConsent('consentry=forged', config)))`)
    expect(out).toContain('undefined')
    expect(JSON.parse(out.split(' ').slice(1).join(' '))).toMatchObject({
      decided: false,
      categories: { necessary: true, analytics: false },
    })
  })

  it('renders the React and Preact gates on a Node server: the not-granted branch', () => {
    const out = runInNode(`
      import { createElement as react } from 'react'
      import { renderToString } from 'react-dom/server'
      import { h } from 'preact'
      import { renderToString as preactToString } from 'preact-render-to-string'
      import * as forReact from 'consentry/react'
      import * as forPreact from 'consentry/preact'
      const config = { revision: 1, categories: { necessary: { required: true }, analytics: {} } }
      const app = (create, binding) => create(binding.ConsentProvider, { config },
        create(binding.ConsentGate, { when: 'analytics', fallback: 'off' }, 'on'),
        create(binding.ConsentGate, { when: 'necessary' }, 'required'))
      console.log(renderToString(app(react, forReact)), preactToString(app(h, forPreact)))`)
    // React separates adjacent texts with an empty comment.
    expect(out.trim()).toMatch(/^off(<!-- -->)?required offrequired$/)
  })
})
