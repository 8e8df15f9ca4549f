import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import esbuild from 'rollup-plugin-esbuild'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { declarations, packageEntries } from './rollup.package.mjs'
import cssClasses from './scripts/rollup-css-classes.mjs'
import cssVars from './scripts/rollup-css-vars.mjs'
import shapeKeys from './scripts/rollup-shape-keys.mjs'

const { version, dependencies } = JSON.parse(readFileSync('./package.json', 'utf8'))
const banner = `/*! consentry v${version} */`

// Built-in translations, each its own file (src/ui/lang/<code>.ts). npm ships every one as
// `consentry/ui/lang/<code>` (English too, to build texts from); the script tag's UI holds English
// and fetches the others as chunks.
const allLanguages = readdirSync('src/ui/lang').map((file) => file.replace(/\.ts$/, ''))
const languages = allLanguages.filter((code) => code != 'en')

// A language chunk is a generated entry that registers one translation for the UI chunk.
const languageEntry = {
  name: 'language-entry',
  resolveId: (id) => (id.startsWith('lang:') ? '\0' + id : null),
  load: (id) =>
    id.startsWith('\0lang:')
      ? `import { ${id.slice(6)} as texts } from './src/ui/lang/${id.slice(6)}.ts'
         ;((window.ConsentryChunks ||= {}).lang ||= {})[${JSON.stringify(id.slice(6))}] = texts`
      : null,
}

const constants = replace({
  preventAssignment: true,
  values: { __VERSION__: JSON.stringify(version), __CHUNK_INTEGRITY__: '{}' },
})

// Subresource Integrity of the chunks a file loads, read from dist/ when that file is built:
// rollup builds the configs below in order, so those chunks are already written.
const sha256 = (file) =>
  'sha256-' + createHash('sha256').update(readFileSync(file)).digest('base64')
const integrityOf = (names) =>
  replace({
    preventAssignment: true,
    values: {
      __CHUNK_INTEGRITY__: () =>
        JSON.stringify(
          Object.fromEntries(
            names.map((name) => {
              const file = `dist/consentry-${name}.js`
              if (!existsSync(file)) throw new Error(`${file} must be built before what loads it`)
              return [name, sha256(file)]
            }),
          ),
        ),
    },
  })

// The catalogue's `sources` document where each fact comes from; the script tag never reads them,
// so consentry-presets.js leaves them out (2.3 kB gzip). Each is an array of URL strings.
const withoutSources = {
  name: 'presets-without-sources',
  transform: (code, id) =>
    id.endsWith('/src/services/presets.ts')
      ? { code: code.replace(/\n {4}sources: \[[^\]]*\],/g, ''), map: null }
      : null,
}
// The UI's source files, whose readable CSS names the build shortens.
const UI_SOURCE = /src[\\/]ui[\\/].*\.tsx?$/
// The UI's private custom properties (--ui-*), shortened alike in the script-tag files and npm.
const uiVars = cssVars({ styles: 'src/ui/styles.ts', include: UI_SOURCE })
// Class names set from config values at run time (layouts, box positions, themes): kept as they are.
const THEMED = [
  'bar',
  'bar-top',
  'box',
  'modal',
  'top-left',
  'top-right',
  'bottom-left',
  'bottom-right',
  'light',
  'dark',
  'auto',
]

// Script-tag builds: minified IIFEs with js-cookie inlined. consentry.js is the core that goes
// first in <head>; the others are chunks it loads from the same place only when needed.
const iife = (input, file, { shared = {}, loads = [] } = {}) => ({
  input,
  // A chunk may take a module from an earlier chunk instead of bundling its own copy.
  external: Object.keys(shared),
  treeshake: { propertyReadSideEffects: false },
  output: {
    file,
    format: 'iife',
    banner,
    globals: shared,
    generatedCode: 'es2015',
    // Nothing here depends on strict-mode semantics; the directive only costs bytes.
    strict: false,
    plugins: [
      terser({
        toplevel: true,
        compress: {
          passes: 3,
          // Only functions without arguments are inlined at their calls: one with arguments,
          // inlined, mostly became an immediately invoked function, larger than the call
          // (consentry.js -13 B gzip, no script-tag file larger).
          inline: 1,
          pure_getters: true,
          ecma: 2021,
          unsafe_arrows: true,
          unsafe_methods: true,
          unsafe: true,
          unsafe_comps: true,
        },
        ecma: 2021,
        format: { comments: /^!/ },
      }),
    ],
  },
  plugins: [
    // The UI's readable CSS class names, shortened consistently in every chunk.
    cssClasses({ styles: 'src/ui/styles.ts', include: UI_SOURCE, keep: THEMED }),
    uiVars,
    // The config shapes' readable property names and kinds, shortened in the validator.
    shapeKeys(),
    languageEntry,
    withoutSources,
    integrityOf(loads),
    constants,
    nodeResolve(),
    esbuild({ target: 'es2021', jsx: 'automatic', jsxImportSource: 'preact', minifySyntax: true }),
  ],
})

// The npm build: readable ESM, dependencies left to the user's bundler, tree-shakeable.
const npm = {
  input: {
    index: 'src/index.ts',
    ui: 'src/ui/index.ts',
    presets: 'src/presets.ts',
    ...Object.fromEntries(allLanguages.map((code) => [`lang/${code}`, `src/ui/lang/${code}.ts`])),
  },
  external: Object.keys(dependencies).map((name) => new RegExp(`^${name}(/|$)`)),
  output: {
    dir: 'dist',
    format: 'es',
    banner,
    entryFileNames: '[name].js',
    chunkFileNames: 'shared/[name].js',
  },
  plugins: [
    constants,
    shapeKeys(),
    uiVars,
    esbuild({ target: 'es2021', jsx: 'automatic', jsxImportSource: 'preact' }),
  ],
}

// `npx consentry compile`: a Node command, never in a browser build.
const cli = {
  input: 'src/cli/consentry.ts',
  external: [/^node:/],
  output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  plugins: [constants, esbuild({ target: 'node20' })],
}

// Script-tag files in build order: each after the chunks it loads, whose hashes it carries.
const entry = (name) => `src/script-tag/${name}.ts`
export default [
  ...languages.map((code) => iife(`lang:${code}`, `dist/consentry-lang-${code}.js`)),
  iife(entry('consentry-preferences'), 'dist/consentry-preferences.js', {
    shared: { preact: 'ConsentryChunks.preact' },
  }),
  iife(entry('consentry-ui'), 'dist/consentry-ui.js', {
    loads: ['preferences', ...languages.map((code) => `lang-${code}`)],
  }),
  // The floating button alone: the way back for a visitor who has decided, without the UI.
  iife(entry('consentry-floating'), 'dist/consentry-floating.js'),
  iife(entry('consentry-check'), 'dist/consentry-check.js'),
  iife(entry('consentry-presets'), 'dist/consentry-presets.js'),
  iife(entry('consentry-write'), 'dist/consentry-write.js'),
  // What reads other consent tools' markup, only for a page that has some.
  iife(entry('consentry-foreign'), 'dist/consentry-foreign.js'),
  iife(entry('consentry'), 'dist/consentry.js', {
    loads: ['check', 'presets', 'write', 'ui', 'floating', 'foreign'],
  }),
  // The core plus auto-blocking, for sites that turn it on: it takes consentry.js's place.
  iife(entry('consentry-auto'), 'dist/consentry-auto.js', {
    loads: ['check', 'presets', 'write', 'ui', 'floating', 'foreign'],
  }),
  npm,
  packageEntries(npm),
  cli,
  declarations,
]
