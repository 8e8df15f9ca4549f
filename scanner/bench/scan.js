// `npm run bench:scan -w consentry-scan`: serves the 20-page fixture site (`many.test`, the
// leaky site's page with its trackers and its vanilla-cookieconsent banner, 60 visits) on
// 127.0.0.1 and prints the wall time of a full `consentry-scan --pages 20` run, with the load
// average before and after, since a busy machine is slower. A figure to quote, not a test.
//
//   --pages N    pages to scan (20)
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'

const { values: flags } = parseArgs({ options: { pages: { type: 'string', default: '20' } } })
const here = (path) => fileURLToPath(new URL(path, import.meta.url))

// The fixture server is the tests' TypeScript; bundled here so that plain node runs it, with
// its own URL kept, from which it finds the fixtures.
await import('../build.js')
const source = new URL('../test/fixture-server.ts', import.meta.url)
await build({
  entryPoints: [fileURLToPath(source)],
  define: { 'import.meta.url': JSON.stringify(source.href) },
  outfile: here('../dist/fixture-server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
})
const { startFixtures } = await import(here('../dist/fixture-server.js'))
const fixtures = await startFixtures()

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')
// CPU seconds of the finished child processes (the scan and its Chromium), from /proc (Linux):
// what the scan costs whatever else the machine runs; on two idle cores the wall time cannot be
// much below half of it.
const childCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100 // cutime + cstime, in USER_HZ ticks
}
const cpuBefore = childCpu()
const loadBefore = load()
const started = performance.now()
const code = await new Promise((done) => {
  const args = [here('../bin/consentry-scan.js'), 'http://many.test/', '--pages', flags.pages]
  const child = spawn(process.execPath, [
    ...args,
    ...fixtures.browserArgs.map((flag) => `--browser-arg=${flag}`),
  ])
  // The scan's last line says how many pages it covered and what it found.
  let last = ''
  child.stdout.on('data', (chunk) => (last = String(chunk).trim().split('\n').pop() || last))
  child.stderr.pipe(process.stderr)
  child.on('close', (exit) => (console.log(last), done(exit)))
})
const seconds = (performance.now() - started) / 1000
await fixtures.close()

console.log(
  `consentry-scan --pages ${flags.pages}: ${seconds.toFixed(1)} s wall, ` +
    `${(childCpu() - cpuBefore).toFixed(1)} s CPU (scan and Chromium), exit code ${code}\n` +
    `load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}; ${cpus().length} CPUs`,
)
