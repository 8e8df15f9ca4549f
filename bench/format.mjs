// Medians and the way the report prints figures, shared by every table.

/** The median of a list of numbers (NaN for none). */
export function median(values) {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Kilobytes (1,000 bytes), two decimals. */
export const kB = (bytes) => (bytes / 1000).toFixed(2) + ' kB'

/** Milliseconds: one decimal under 10, whole above, grouped by thousands. */
export const ms = (value) =>
  (value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')) + ' ms'

/** A count, which a median of an even number of runs may leave at a half. */
export const count = (value) => (Number.isInteger(value) ? String(value) : value.toFixed(1))

/** A layout-shift score, three decimals. */
export const score = (value) => value.toFixed(3)

/** Bytes, grouped by thousands. */
export const bytes = (value) => Math.round(value).toLocaleString('en-US') + ' B'

/** One Markdown table row. */
export const row = (cells) => `| ${cells.join(' | ')} |`

/**
 * A Markdown table: a head row, then rows; the first column left-aligned, the others right.
 * @param {string[]} head
 * @param {string[][]} rows
 */
export const table = (head, rows) =>
  [row(head), row(head.map((_, i) => (i ? '---:' : '---'))), ...rows.map(row)].join('\n')
