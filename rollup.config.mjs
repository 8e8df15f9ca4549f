import { nodeResolve } from '@rollup/plugin-node-resolve'
import replace from '@rollup/plugin-replace'
import terser from '@rollup/plugin-terser'
import esbuild from 'rollup-plugin-esbuild'
import { readFileSync } from 'node:fs'

const { version, dependencies } = JSON.parse(readFileSync('./package.json', 'utf8'))
const banner = `/*! consentry v${version} | MIT */`

const constants = replace({
  preventAssignment: true,
  values: { __VERSION__: JSON.stringify(version) },
})

// Script-tag builds: minified IIFEs with js-cookie inlined. consentry.js is the core that goes
// first in <head>; the others are chunks it loads from the same place only when needed.
const iife = (input, file) => ({
  input,
  output: {
    file,
    format: 'iife',
    banner,
    plugins: [
      terser({
        toplevel: true,
        compress: {
          passes: 3,
          pure_getters: true,
          ecma: 2020,
          unsafe_arrows: true,
          unsafe_methods: true,
          unsafe: true,
          unsafe_comps: true,
        },
        ecma: 2020,
        format: { comments: /^!/ },
      }),
    ],
  },
  plugins: [constants, nodeResolve(), esbuild({ target: 'es2021' })],
})

// The npm build: readable ESM, dependencies left to the user's bundler, tree-shakeable.
const npm = {
  input: { index: 'src/index.ts' },
  external: Object.keys(dependencies).map((name) => new RegExp(`^${name}(/|$)`)),
  output: { dir: 'dist', format: 'es', banner, entryFileNames: '[name].js' },
  plugins: [constants, esbuild({ target: 'es2021' })],
}

export default [
  iife('src/embed.ts', 'dist/consentry.js'),
  iife('src/check.ts', 'dist/consentry-check.js'),
  npm,
]
