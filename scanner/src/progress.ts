/*
 * Progress on stderr: a bar redrawn in place on a terminal, one plain line per page otherwise
 * (CI logs, pipes).
 */

/** Reports progress on a stream. */
export function progress(stream: NodeJS.WriteStream = process.stderr) {
  const tty = !!stream.isTTY
  return {
    page(done: number, total: number, url: string) {
      if (!tty) return void stream.write(`scanning page ${done}/${total}: ${url}\n`)
      const width = 24
      const filled = Math.round((width * (done - 1)) / Math.max(total, 1))
      const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${url}`
      stream.write(`\r\x1b[K${line.slice(0, (stream.columns || 80) - 1)}`)
    },
    end() {
      if (tty) stream.write('\r\x1b[K')
    },
  }
}
