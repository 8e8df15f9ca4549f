// Seconds per unit, keyed by the unit's first letter (`mo` for months). A calendar-average month
// and year: lifetimes are legal maxima, not dates.
export const UNITS: Record<string, number> = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  mo: 2629800,
  y: 31557600,
}
const FORM =
  /^(\d+(\.\d+)?) ?(s|secs?|seconds?|m|mins?|minutes?|h|hours?|d|days?|w|weeks?|mo|months?|y|years?)$|^session$/

/**
 * Seconds in a duration already known to be well formed: the script-tag core only meets
 * validated configs, so it skips the strict grammar that `parseDuration` checks.
 * @internal
 */
export const durationSeconds = (value: string | number): number => {
  if (typeof value == 'number') return value
  // "session" has no number: +'' is 0.
  const [, amount, unit] = /([\d.]*) ?(\w*)/.exec(value.trim().toLowerCase())!
  return Math.round(+amount! * (UNITS[unit!.slice(0, unit!.startsWith('mo') ? 2 : 1)] || 0))
}

/**
 * Reads a lifetime as cookie policies write it: `"session"`, `"14 days"`, `"1 year"`,
 * `"30 min"`, `"13 months"`, or a number of seconds.
 *
 * @returns seconds, `0` for a session lifetime, or `undefined` when it cannot be read.
 * @example parseDuration('2 years') // 63115200
 */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value == 'number') return value >= 0 && isFinite(value) ? value : undefined
  return FORM.test(value.trim().toLowerCase()) ? durationSeconds(value) : undefined
}
