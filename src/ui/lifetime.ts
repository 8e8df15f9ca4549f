import { durationSeconds } from '../config/duration'

// Calendar-average month and year, as the duration parser counts them.
const UNITS = [
  ['year', 31557600],
  ['month', 2629800],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
] as const

/**
 * A cookie lifetime in words in the visitor's language ("2 years", "90 Tage"), in the largest
 * unit that holds it as a whole number (within 1%), or `session` for a session cookie.
 * @internal
 */
export function lifetime(
  duration: string | number | undefined,
  lang: string,
  session: string,
): string {
  if (duration == null) return ''
  const seconds = durationSeconds(duration)
  if (!seconds) return session
  for (const [unit, size] of UNITS) {
    const count = Math.round(seconds / size)
    if (count && Math.abs(seconds / size - count) <= count / 100)
      return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count)
  }
  return ''
}
