import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { repo, scratch } from './scratch'

const source = readFileSync(join(repo, 'test/package/consumer/app.ts.txt'), 'utf8')
const lines = source.split('\n')
const expected = lines.flatMap((line, i) => {
  const reason = /\/\/ @ts-expect-error because (.+)$/.exec(line)?.[1]
  // The error belongs to the line after the directive.
  return reason ? [{ line: i + 1, reason }] : []
})

/** TypeScript's errors in the app, with its `@ts-expect-error` directives taken out. */
function errorsUnder(settings: ts.CompilerOptions) {
  const file = join(scratch, 'app.ts')
  writeFileSync(file, lines.map((line) => line.replace(/\/\/ @ts-expect-error.*/, '')).join('\n'))
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    ...settings,
  }
  const program = ts.createProgram([file], options)
  // What skipLibCheck off adds for the app: its dependency's declarations are checked too.
  // Only the app and consentry's own files are, since the frameworks' types are theirs to check.
  const ours = program
    .getSourceFiles()
    .filter((f) => f.fileName == file || f.fileName.includes('/node_modules/consentry/'))
  expect(ours.length).toBeGreaterThan(5)
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((f) => [
      ...program.getSyntacticDiagnostics(f),
      ...program.getSemanticDiagnostics(f),
    ]),
  ]
  return diagnostics.map((d) => ({
    where: d.file ? d.file.fileName.replace(scratch, '') : '(options)',
    line: d.file ? d.file.getLineAndCharacterOfPosition(d.start!).line : -1,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }))
}

const { ModuleKind: Module, ModuleResolutionKind: Resolution } = ts
const setups: [string, ts.CompilerOptions][] = [
  ['bundler', { module: Module.ESNext, moduleResolution: Resolution.Bundler }],
  ['node16', { module: Module.Node16, moduleResolution: Resolution.Node16 }],
  ['nodenext', { module: Module.NodeNext, moduleResolution: Resolution.NodeNext }],
  ['node10', { module: Module.CommonJS, moduleResolution: Resolution.Node10 }],
]

describe('the shipped declarations', () => {
  it.each(setups)(
    'type an app under moduleResolution %s with skipLibCheck off, and reject wrong code',
    (_, settings) => {
      expect(expected.length).toBeGreaterThan(5)
      const errors = errorsUnder(settings)
      // No error anywhere else: not in the app's good lines, not in the declarations.
      expect(
        errors.filter((e) => e.where != '/app.ts' || !expected.some((x) => x.line == e.line)),
      ).toEqual([])
      for (const { line, reason } of expected) {
        const found = errors.filter((e) => e.line == line).map((e) => e.text)
        expect(found.join('\n'), `line ${line + 1}`).toContain(reason)
      }
    },
  )
})
