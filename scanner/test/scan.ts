import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Report } from '../src/report'

/*
 * Runs the command as a user does (`consentry-scan <url> …`, the bundled bin) and reads what it
 * wrote.
 */

const BIN = fileURLToPath(new URL('../bin/consentry-scan.js', import.meta.url))

/** What one run of the command gave. */
export interface ScanRun {
  code: number
  stdout: string
  stderr: string
  /** The JSON report, when one was written. */
  report?: Report
  /** The draft config, when one was written. */
  draft?: Record<string, unknown>
  /** The HTML report's path. */
  html: string
}

/**
 * Runs `consentry-scan url --report … --out … --html … ...args`. Each visit may take two minutes
 * rather than 30 s, unless `args` say otherwise: on a busy machine a visit is slow, not stuck.
 */
export function runScan(url: string, args: string[] = []): Promise<ScanRun> {
  const dir = mkdtempSync(join(tmpdir(), 'consentry-scan-run-'))
  const [report, out, html] = ['report.json', 'draft.json', 'report.html'].map((f) => join(dir, f))
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      return undefined
    }
  }
  return new Promise((done) => {
    execFile(
      process.execPath,
      [
        BIN,
        url,
        '--report',
        report!,
        '--out',
        out!,
        '--html',
        html!,
        '--page-timeout',
        '120',
        ...args,
      ],
      { timeout: 230_000 },
      (error, stdout, stderr) =>
        done({
          code: error ? (typeof error.code == 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
          report: read(report!),
          draft: read(out!),
          html: html!,
        }),
    )
  })
}

/** The violations as `rule detail` lines, sorted: what a test compares exactly. */
export const violationsOf = (run: ScanRun): string[] =>
  (run.report?.violations || [])
    .map((v) => `${v.rule} ${new URL(v.page).pathname} ${v.detail}`)
    .sort()
