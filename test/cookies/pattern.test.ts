import { describe, expect, it } from 'vitest'
import { cookiePattern } from 'consentry'

const matches = (pattern: string, names: string[]) =>
  names.filter((n) => cookiePattern(pattern).test(n))

describe('cookiePattern', () => {
  it('matches exact names only as whole names', () => {
    expect(matches('_ga', ['_ga', '_gat', 'x_ga', '_ga_ABC'])).toEqual(['_ga'])
  })

  it('[delete.every-domain-path] treats * as any run of characters, including none', () => {
    expect(matches('_ga_*', ['_ga_', '_ga_G-ABC123', '_ga', '_gat'])).toEqual([
      '_ga_',
      '_ga_G-ABC123',
    ])
  })

  it('reads the placeholders cookie policies print as one or more characters', () => {
    expect(
      matches('wordpress_logged_in_{hash}', [
        'wordpress_logged_in_0123abcd',
        'wordpress_logged_in_',
        'wordpress_sec_0123',
      ]),
    ).toEqual(['wordpress_logged_in_0123abcd'])
    expect(
      matches('wp-settings-[UID]', ['wp-settings-1', 'wp-settings-time-1', 'wp-settings-']),
    ).toEqual(['wp-settings-1', 'wp-settings-time-1'])
    expect(
      matches('_hjSessionUser_<site_id>', ['_hjSessionUser_3512345', '_hjSession_3512345']),
    ).toEqual(['_hjSessionUser_3512345'])
    expect(matches('_pk_id.<site>.<hash>', ['_pk_id.1.a1b2', '_pk_id.1', '_pk_idX1.a1b2'])).toEqual(
      ['_pk_id.1.a1b2'],
    )
  })

  it('escapes regular-expression characters in names', () => {
    expect(matches('a.b+c', ['a.b+c', 'aXb+c', 'a.bbc'])).toEqual(['a.b+c'])
  })

  it('accepts /regex/flags literals and drops stateful flags', () => {
    expect(matches('/^_HJ/i', ['_hjid', '_HJX', 'x_hj'])).toEqual(['_hjid', '_HJX'])
    const global = cookiePattern('/^a/g')
    expect([global.test('a'), global.test('a')]).toEqual([true, true])
  })
})
