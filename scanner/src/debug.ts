/*
 * `SCAN_DEBUG=1 consentry-scan …` prints each step of the scan with the time (seconds.millis)
 * on stderr: where a slow scan spends its time.
 */

/** Prints a step when SCAN_DEBUG is set. */
export const debug = (...what: string[]): void =>
  void (
    process.env.SCAN_DEBUG &&
    console.error(`${new Date().toISOString().slice(17, 23)} ${what.join(' ')}`)
  )
