import type { Plugin as EsbuildPlugin } from 'esbuild'
import type { Plugin } from 'rollup'

/** Each shape key and its short name. */
export declare const SHORT_KEYS: Readonly<Record<string, string>>
/** Each kind of shape and its short name. */
export declare const SHORT_KINDS: Readonly<Record<string, string>>
/** The modules the plugin rewrites: those that build and read shape nodes. */
export declare const SHAPE_MODULES: RegExp
/** Rewrites one shape module's TypeScript source with the short names. */
export declare function shortenShapeNames(code: string, fileName?: string): string
/** The plugin: it runs before the TypeScript is compiled, whatever its place in the list. */
export default function shapeKeys(): Plugin
/** The same rewriting as an esbuild plugin, for what bundles the sources with esbuild. */
export declare const esbuildShapeKeys: () => EsbuildPlugin
