import { describe, expect, it } from 'vitest'
import { parseDuration } from 'consentry'

describe('parseDuration', () => {
  it('reads lifetimes as cookie policies write them', () => {
    expect(parseDuration('session')).toBe(0)
    expect(parseDuration('Session')).toBe(0)
    expect(parseDuration('30 seconds')).toBe(30)
    expect(parseDuration('1 minute')).toBe(60)
    expect(parseDuration('30 min')).toBe(1800)
    expect(parseDuration('24 hours')).toBe(86400)
    expect(parseDuration('14 days')).toBe(14 * 86400)
    expect(parseDuration('1 day')).toBe(86400)
    expect(parseDuration('2 weeks')).toBe(14 * 86400)
    expect(parseDuration('13 months')).toBe(34187400)
    expect(parseDuration('2 years')).toBe(63115200)
    expect(parseDuration('1.5 years')).toBe(47336400)
    expect(parseDuration('90d')).toBe(90 * 86400)
    expect(parseDuration(' 1 Year ')).toBe(31557600)
  })

  it('takes numbers as seconds', () => {
    expect(parseDuration(3600)).toBe(3600)
    expect(parseDuration(0)).toBe(0)
  })

  it('refuses what it cannot read', () => {
    for (const bad of ['forever', '', '1', 'two days', '-1 day', '1 fortnight', '1e3 days'])
      expect(parseDuration(bad)).toBeUndefined()
    for (const bad of [-1, NaN, Infinity]) expect(parseDuration(bad)).toBeUndefined()
  })
})
