import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

const newest = (dir: string): number =>
  Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  )

/** Fails fast, with what to do, when the e2e suite cannot run here. */
export default function setup() {
  for (const file of ['consentry.js', 'consentry-check.js'])
    if (!existsSync(join(root, 'dist', file)))
      throw new Error(`e2e: dist/${file} is missing. Run \`npm run build\` first.`)

  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(chromium))
    throw new Error(
      `e2e: no Chromium at ${chromium}. Install Debian's package (apt-get install chromium) or ` +
        'set CHROMIUM_PATH to a Chromium binary; the tests never download a browser.',
    )

  // The suite tests the build, so a stale one tests old code: say so, but let it run.
  if (newest(join(root, 'src')) > statSync(join(root, 'dist', 'consentry.js')).mtimeMs)
    console.warn('e2e: src/ is newer than dist/consentry.js; run `npm run build` to test it.')
}
