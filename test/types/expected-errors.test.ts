import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { expect, it } from 'vitest'

/*
 * A `@ts-expect-error` passes for any error on its line, even an unrelated one (a name not
 * imported, say). Here each one in public-api.ts is taken out, the file compiled, and the error
 * on that line must contain the reason the directive names after `because`.
 */
const FILE = 'test/types/public-api.ts'

it('fails each @ts-expect-error line of the type tests for the reason it names', () => {
  const lines = readFileSync(FILE, 'utf8').split('\n')
  const expected = lines.flatMap((line, i) => {
    const reason = /\/\/ @ts-expect-error because (.+)$/.exec(line)?.[1]
    return reason ? [{ line: i + 1, reason }] : []
  })
  expect(expected.length).toBeGreaterThan(5)
  const source = lines.map((line) => line.replace(/\/\/ @ts-expect-error.*/, '')).join('\n')
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!
  const host = ts.createCompilerHost(config.options)
  const read = host.readFile
  host.readFile = (name) => (name.endsWith(FILE) ? source : read(name))
  const program = ts.createProgram([FILE], { ...config.options, noEmit: true }, host)
  const file = program.getSourceFile(FILE)!
  const errors = ts.getPreEmitDiagnostics(program, file).map((d) => ({
    line: file.getLineAndCharacterOfPosition(d.start!).line,
    text: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }))
  for (const { line, reason } of expected) {
    // The error belongs to the line after the directive.
    const found = errors.filter((error) => error.line == line).map((error) => error.text)
    expect(found.join('\n'), `line ${line + 1}`).toContain(reason)
  }
  // Nothing else fails.
  expect(errors.filter((e) => !expected.some(({ line }) => line == e.line))).toEqual([])
})
