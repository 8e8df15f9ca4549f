import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** Where the scratch app lives; shared by the global setup and the tests. */
export const scratch = join(tmpdir(), 'consentry-package-test')
export const repo = resolve(import.meta.dirname, '../..')

/**
 * Packs the repo (its dist/ already built) and installs the tarball into a scratch app as npm
 * would, without the network: the tarball is unpacked into node_modules/consentry, and every
 * other package (the frameworks, TypeScript's `@types`) is linked from the repo's node_modules.
 * @returns the path of the tarball.
 */
export function packAndInstall(): string {
  execFileSync('rm', ['-rf', scratch])
  mkdirSync(join(scratch, 'node_modules'), { recursive: true })
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: repo,
      encoding: 'utf8',
    }),
  ) as { filename: string }[]
  const tarball = join(scratch, packed!.filename)
  execFileSync('tar', ['xzf', tarball, '-C', scratch])
  renameSync(join(scratch, 'package'), join(scratch, 'node_modules/consentry'))
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name.startsWith('.')) continue
    symlinkSync(join(repo, 'node_modules', name), join(scratch, 'node_modules', name))
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module', private: true }))
  return tarball
}
