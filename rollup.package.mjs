// The npm package's entries besides the core ones, and its type declarations: kept apart from
// rollup.config.mjs, which builds the script-tag files and the core npm entries.
import { readdirSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { dts } from 'rollup-plugin-dts'

const { peerDependencies } = JSON.parse(readFileSync('./package.json', 'utf8'))

// Subpath → source, for the entries this file adds to the npm build.
const entries = {
  server: 'src/server/index.ts',
  react: 'src/bindings/react.ts',
  preact: 'src/bindings/preact.ts',
  vue: 'src/bindings/vue.ts',
}

// Modules the entries above take from the package's public entries at run time rather than
// bundle: one manager per page (createConsent's guard), one ConfigError class, one reader.
const fromPublicEntries = {
  'src/manager/create-consent.ts': 'consentry',
  'src/config/config-error.ts': 'consentry',
  'src/server/read-consent.ts': 'consentry/server',
}
const publicEntries = {
  name: 'public-entries',
  async resolveId(source, importer) {
    if (!importer) return null
    const resolved = await this.resolve(source, importer, { skipSelf: true })
    const file = resolved && relative(process.cwd(), resolved.id)
    const entry = fromPublicEntries[file]
    // The server entry itself bundles its reader.
    if (!entry || (entry == 'consentry/server' && importer.endsWith(entries.server))) return null
    return { id: entry, external: true }
  },
}

/**
 * The server reader and the framework bindings: built apart from the core npm entries, whose
 * chunks stay as small as before, and importing what they share from `consentry` itself. The
 * frameworks are the app's own (peer dependencies), never bundled.
 */
export const packageEntries = (npm) => ({
  ...npm,
  input: entries,
  external: [
    ...npm.external,
    /^consentry(\/|$)/,
    ...Object.keys(peerDependencies).map((name) => new RegExp(`^${name}(/|$)`)),
  ],
  output: { ...npm.output, chunkFileNames: 'shared/package-[name].js' },
  plugins: [publicEntries, ...npm.plugins],
})

const languages = readdirSync('src/ui/lang').map((file) => file.replace(/\.ts$/, ''))

/**
 * One declaration file per entry, each self-contained (shared types in shared chunks), with
 * every type a public one is built from: correct under every `moduleResolution`, with
 * `skipLibCheck` off (test/package/ checks that on the packed tarball).
 */
export const declarations = {
  input: {
    index: 'src/index.ts',
    ui: 'src/ui/index.ts',
    presets: 'src/presets.ts',
    ...entries,
    ...Object.fromEntries(languages.map((code) => [`lang/${code}`, `src/ui/lang/${code}.ts`])),
  },
  external: [/^preact(\/|$)/, /^js-cookie$/, /^react(\/|$)/, /^vue(\/|$)/],
  output: {
    dir: 'dist/types',
    format: 'es',
    entryFileNames: '[name].d.ts',
    chunkFileNames: 'shared/[name].d.ts',
  },
  plugins: [dts({ tsconfig: 'tsconfig.build.json' })],
}
