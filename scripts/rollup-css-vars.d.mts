import type { Plugin } from 'rollup'

/** Each private custom property the styles source declares, and its short name. */
export declare function varTable(stylesSource: string): Map<string, string>
/** One source file with its private custom properties shortened; throws on an undeclared one. */
export declare function renameVars(code: string, table: Map<string, string>, id?: string): string
/** The plugin, for the UI's source files (`include`), with the names `styles` declares. */
export default function cssVars(options: { styles: string; include: RegExp }): Plugin
