// The npm package's entries besides the core ones, and its type declarations: kept apart from
// rollup.config.mjs, which builds the script-tag files and the core npm entries.
import { readdirSync, readFileSync } from 'node:fs'
import { dts } from 'rollup-plugin-dts'

const { peerDependencies } = JSON.parse(readFileSync('./package.json', 'utf8'))

// Subpath → source, for the entries this file adds to the npm build.
const entries = {
  server: 'src/server/index.ts',
  react: 'src/bindings/react.ts',
  preact: 'src/bindings/preact.ts',
  vue: 'src/bindings/vue.ts',
}

/**
 * The npm build with the server reader and the framework bindings added: one build, so that
 * they share its chunks (one `createConsent`, one `ConfigError` class) with `consentry` itself.
 * The frameworks are the app's own (peer dependencies), never bundled.
 */
export const withPackageEntries = (npm) => ({
  ...npm,
  input: { ...npm.input, ...entries },
  external: [
    ...npm.external,
    ...Object.keys(peerDependencies).map((name) => new RegExp(`^${name}(/|$)`)),
  ],
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
