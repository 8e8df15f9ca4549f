import { it } from 'vitest'
import { startFixtures } from './fixture-server'
import { execFile } from 'node:child_process'
it('dbg', async () => {
  const f = await startFixtures()
  await new Promise<void>((done) => execFile(process.execPath, ['bin/consentry-scan.js', process.env.URL!, '--pages', '1', ...f.browserArgs.map((a) => `--browser-arg=${a}`), ...(process.env.ARGS || '').split(' ').filter(Boolean)], { env: { ...process.env, SCAN_DEBUG: '1' } }, (e, out, err) => { console.log(out, err.split('\n').filter((l) => !l.startsWith('autoconsent')).join('\n')); done() }))
  await f.close()
}, 100000)
