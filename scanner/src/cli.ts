import { readFileSync, writeFileSync } from 'node:fs'
import { checkConfig } from '../../src/config/check-config'
import { analyse } from './analyse'
import { parseArgs, USAGE, type CliOptions } from './args'
import { scan } from './crawl'
import { debug } from './debug'
import { declarationsOf } from './declarations'
import { draftConfig } from './draft'
import { renderHtml } from './html'
import { progress } from './progress'
import { buildReport } from './report'

/*
 * `consentry-scan <url> …`: scan, write what was asked for, print the violations, and exit
 * 0 (none), 1 (violations) or 2 (the site could not be scanned, or the command line was wrong).
 */

const fail = (message: string) => (console.error(`consentry-scan: ${message}`), 2)

/** Reads and validates `--config`; a string is what is wrong with it. */
function readConfig(file: string): unknown {
  let config: unknown
  try {
    config = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return `cannot read ${file}: ${(error as Error).message}`
  }
  const issues = checkConfig(config)
  if (issues.length)
    return `${file} is not a valid config:\n${issues.map((i) => `  ${i.path || '(root)'}: ${i.message}`).join('\n')}`
  return config
}

/** Runs the command; resolves with the exit code. */
export async function main(args: string[]): Promise<number> {
  let options: CliOptions | 'help'
  try {
    options = parseArgs(args)
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`)
  }
  if (options == 'help') return (console.log(USAGE), 0)
  const given = options.config ? readConfig(options.config) : undefined
  if (typeof given == 'string') return fail(given)

  debug('started')
  const bar = progress()
  const result = await scan({
    ...options,
    chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Only the HTML report shows them, and each costs Chromium an image to encode.
    screenshots: !!options.html,
    onPage: bar.page,
  })
  bar.end()
  if (result.fatal) return fail(`the site could not be scanned: ${result.fatal}`)

  const siteConfig = given ?? result.visits.find((v) => v.consentryConfig)?.consentryConfig
  const declared = siteConfig ? declarationsOf(siteConfig) : undefined
  const { violations, warnings } = analyse(result.visits, { gpc: options.gpc, declared })
  const report = buildReport({
    site: result.visits[0]?.page || options.url,
    visits: result.visits,
    violations,
    warnings,
    declared,
    partial: result.partial,
  })
  if (options.report) writeFileSync(options.report, JSON.stringify(report, null, 2) + '\n')
  if (options.html) writeFileSync(options.html, renderHtml(report, result.visits))
  if (options.out) {
    const draft = draftConfig(result.visits)
    const issues = checkConfig(draft)
    if (issues.length)
      console.error(
        `consentry-scan: the draft config has problems (a bug): ${JSON.stringify(issues)}`,
      )
    writeFileSync(options.out, JSON.stringify(draft, null, 2) + '\n')
  }

  const pages = report.pages.length
  if (result.partial) console.error(`consentry-scan: partial report: ${result.partial}`)
  for (const page of report.pages)
    for (const error of page.errors) console.error(`  ${page.url} (${error.phase}): ${error.error}`)
  for (const warning of warnings) console.log(`warning ${warning.rule}: ${warning.detail}`)
  for (const v of violations) console.log(`${v.rule}  ${v.page}  ${v.detail}`)
  console.log(
    `${pages} page${pages == 1 ? '' : 's'} scanned, banner: ${report.pages[0]?.banner || 'none'}, ` +
      `${violations.length} violation${violations.length == 1 ? '' : 's'}`,
  )
  const { user, system } = process.cpuUsage()
  debug('done, the command itself used', ((user + system) / 1e6).toFixed(1), 's of CPU')
  return violations.length ? 1 : 0
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error('consentry-scan: unexpected error:', error)
    process.exitCode = 2
  },
)
