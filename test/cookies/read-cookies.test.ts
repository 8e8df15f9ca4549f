import { afterEach, describe, expect, it } from 'vitest'
import { createCookieReader } from '../../src/cookies/read-cookies'

const clear = () => {
  for (const pair of document.cookie.split('; ').filter(Boolean))
    document.cookie = `${pair.split('=')[0]}=; max-age=0; path=/`
}

describe('the script-tag cookie reader', () => {
  afterEach(clear)

  it('reads names and values as js-cookie does, decoding percent-escapes', () => {
    document.cookie = 'plain=1; path=/'
    document.cookie = 'crisp-client%2Fsession%2Fabc=x%20y; path=/'
    const reader = createCookieReader()
    expect(reader.get('plain')).toBe('1')
    expect(reader.get('crisp-client/session/abc')).toBe('x y')
    expect(reader.names()).toEqual(expect.arrayContaining(['plain', 'crisp-client/session/abc']))
    expect(reader.get('missing')).toBeUndefined()
  })

  it('leaves out a cookie it cannot decode, and keeps the others', () => {
    document.cookie = 'bad=%E0%A4%A; path=/'
    document.cookie = 'good=1; path=/'
    const reader = createCookieReader()
    expect(reader.get('good')).toBe('1')
    expect(reader.names()).not.toContain('bad')
  })

  it('lists the keys of web storage', () => {
    localStorage.setItem('_hjTLDTest', '1')
    expect(createCookieReader().names('localStorage')).toContain('_hjTLDTest')
    localStorage.clear()
  })
})
