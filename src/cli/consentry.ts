import { readFileSync, writeFileSync } from 'node:fs'
import { compileText } from './compile'

/*
 * `npx consentry compile consent.json [-o consent.compiled.json]`: the build step that takes
 * validation and presets off the visitor's first page view. Prints the compiled config (or writes
 * it to the file after -o); exits 1 with every problem, by JSON path, for an invalid one.
 */
const USAGE = `Usage: consentry compile <consent.json> [-o <out.json>]

Validates the config, fills its presets in and stamps it, so that the script tag starts without
consentry-check.js or consentry-presets.js. Put the output where the config went: inline in
<script type="application/json" id="consentry-config">, or at the data-config URL.`

function main(args: string[]): number {
  const [command, input, ...rest] = args
  if (command != 'compile' || !input) {
    console.error(USAGE)
    return command == '--help' || command == '-h' ? 0 : 2
  }
  const out = rest[0] == '-o' ? rest[1] : undefined
  let text: string
  try {
    text = readFileSync(input, 'utf8')
  } catch (error) {
    console.error(`consentry: cannot read ${input}: ${(error as Error).message}`)
    return 2
  }
  const result = compileText(text)
  if (!result.ok) {
    console.error(`consentry: ${input} is not a valid config:`)
    for (const issue of result.issues)
      console.error(`  ${issue.path || '(root)'}: ${issue.message}`)
    return 1
  }
  if (out) writeFileSync(out, result.json + '\n')
  else console.log(result.json)
  return 0
}

process.exitCode = main(process.argv.slice(2))
