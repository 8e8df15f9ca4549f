/*
 * The command line: `consentry-scan <url> [options]`, read into one options object.
 */

/** The usage text, printed by --help and after a mistake on the command line. */
export const USAGE = `Usage: consentry-scan <url> [options]

Crawls a site in Chromium, visiting each page before any choice, after "Reject all" and after
"Accept all"; reports what leaks and drafts the site's Consentry config.

Options:
  --pages N              pages to crawl, same-origin links breadth-first (default 20)
  --out FILE             write the draft consent.json
  --report FILE          write the JSON report
  --html FILE            write a readable report with banner screenshots and the cookie table
  --config FILE          check the site against this consent.json (undeclared cookies and hosts)
  --gpc                  send Global Privacy Control (Sec-GPC: 1, navigator.globalPrivacyControl)
  --ignore-robots        crawl what robots.txt disallows
  --page-timeout SECS    time limit of one visit (default 30)
  --timeout SECS         time limit of the whole scan (default 600)
  --browser-arg=FLAG     a flag for Chromium, repeatable (e.g. --host-resolver-rules=...)
  -h, --help             this text

Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
Exit code: 0 no violation, 1 violations found, 2 the site could not be scanned.`

/** The parsed command line. */
export interface CliOptions {
  url: string
  pages: number
  out?: string
  report?: string
  html?: string
  config?: string
  gpc: boolean
  ignoreRobots: boolean
  pageTimeout: number
  scanTimeout: number
  browserArgs: string[]
}

/** Reads the arguments; throws an Error whose message says what is wrong. */
export function parseArgs(args: string[]): CliOptions | 'help' {
  const options: Partial<CliOptions> & { browserArgs: string[] } = { browserArgs: [] }
  const given = [...args]
  const value = (flag: string, inline?: string) => {
    const found = inline ?? given.shift()
    if (found == null || found === '') throw new Error(`${flag} needs a value`)
    return found
  }
  const number = (flag: string, text: string) => {
    const n = Number(text)
    if (!Number.isFinite(n) || n <= 0)
      throw new Error(`${flag} needs a positive number, got ${text}`)
    return n
  }
  while (given.length) {
    const arg = given.shift()!
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined]
    if (flag == '-h' || flag == '--help') return 'help'
    else if (flag == '--gpc') options.gpc = true
    else if (flag == '--ignore-robots') options.ignoreRobots = true
    else if (flag == '--pages') options.pages = Math.floor(number(flag, value(flag, inline)))
    else if (flag == '--page-timeout')
      options.pageTimeout = number(flag, value(flag, inline)) * 1000
    else if (flag == '--timeout') options.scanTimeout = number(flag, value(flag, inline)) * 1000
    else if (flag == '--browser-arg') options.browserArgs.push(value(flag, inline))
    else if (flag == '--out' || flag == '--report' || flag == '--html' || flag == '--config')
      options[flag.slice(2) as 'out' | 'report' | 'html' | 'config'] = value(flag, inline)
    else if (flag.startsWith('-')) throw new Error(`unknown option ${flag}`)
    else if (options.url) throw new Error(`one URL only; got ${options.url} and ${arg}`)
    else options.url = arg
  }
  if (!options.url) throw new Error('which site? Give its URL')
  let url: URL
  try {
    url = new URL(/^[a-z][\w+.-]*:/i.test(options.url) ? options.url : `https://${options.url}`)
  } catch {
    throw new Error(`not a URL: ${options.url}`)
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`not a web address: ${options.url}`)
  return {
    pages: 20,
    gpc: false,
    ignoreRobots: false,
    pageTimeout: 30_000,
    scanTimeout: 600_000,
    ...options,
    url: url.href,
  }
}
