import { UNITS, durationSeconds } from '../config/duration'

// The Intl unit for each unit of the duration table, whose sizes (calendar-average month and
// year) are the ones the duration parser counts with.
const NAMES: Record<string, string> = {
  y: 'year',
  mo: 'month',
  w: 'week',
  d: 'day',
  h: 'hour',
  m: 'minute',
  s: 'second',
}
const LARGEST_FIRST = Object.entries(UNITS).sort(([, a], [, b]) => b - a)

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
  for (const [unit, size] of LARGEST_FIRST) {
    const count = Math.round(seconds / size)
    if (count && Math.abs(seconds / size - count) <= count / 100)
      return new Intl.NumberFormat(lang, {
        style: 'unit',
        unit: NAMES[unit],
        unitDisplay: 'long',
      }).format(count)
  }
  return ''
}
