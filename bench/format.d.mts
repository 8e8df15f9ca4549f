// Types of format.mjs, for the tests under test/bench/.
export function median(values: number[]): number
export const kB: (bytes: number) => string
export const ms: (value: number) => string
export const count: (value: number) => string
export const score: (value: number) => string
export const bytes: (value: number) => string
export const row: (cells: string[]) => string
export const table: (head: string[], rows: string[][]) => string
