import { describe, expect, it } from 'vitest'
import { cookies, fakeJar, setCookie, siteConfig, start } from '../helpers'

const trackers = () => {
  setCookie('_ga', 'GA1.1.1.1')
  setCookie('_ga_G12345', 'GS1.1')
  setCookie('_hjSessionUser_3512345', 'x')
  setCookie('_fbp', 'fb.1.1.1')
  setCookie('marketing_seen', '1')
  setCookie('PHPSESSID', 'abc')
  setCookie('wordpress_logged_in_0123abcd', 'admin')
  setCookie('unrelated', '1')
}

describe('deleting cookies', () => {
  it('[delete.keeps-necessary] deletes the cookies of what is rejected and never necessary or undeclared ones', () => {
    trackers()
    start().rejectAll()
    expect(Object.keys(cookies()).sort()).toEqual([
      'PHPSESSID',
      'consentry',
      'unrelated',
      'wordpress_logged_in_0123abcd',
    ])
  })

  it('deletes only the withdrawn part on a custom choice', () => {
    const consent = start()
    consent.acceptAll()
    trackers()
    consent.save({ categories: ['analytics'], services: { hotjar: false } })
    expect(cookies()).toHaveProperty('_ga')
    expect(cookies()).toHaveProperty('_ga_G12345')
    expect(cookies()).not.toHaveProperty('_hjSessionUser_3512345')
    expect(cookies()).not.toHaveProperty('_fbp')
    expect(cookies()).not.toHaveProperty('marketing_seen')
  })

  it('deletes declared localStorage and sessionStorage keys', () => {
    localStorage.setItem('_hjLocalStorageTest', '1')
    localStorage.setItem('keep-me', '1')
    sessionStorage.setItem('_hjTLDTest', '1')
    start().rejectAll()
    expect(Object.keys(localStorage)).toEqual(['keep-me'])
    expect(Object.keys(sessionStorage)).toEqual([])
  })

  it('sweeps denied cookies again on a returning visit, where a tracker may have leaked them', () => {
    start().rejectAll()
    setCookie('_ga', 'leaked')
    start()
    expect(cookies()).not.toHaveProperty('_ga')
  })

  it('leaves cookies alone while the visitor has not decided', () => {
    trackers()
    start()
    expect(cookies()).toHaveProperty('_ga')
  })

  it('[delete.keeps-necessary] never deletes a necessary cookie that an optional pattern also matches', () => {
    const config = siteConfig()
    config.services!['meta-pixel']!.cookies = [{ name: '*' }]
    trackers()
    start(config).rejectAll()
    expect(cookies()).toHaveProperty('PHPSESSID')
    expect(cookies()).toHaveProperty('wordpress_logged_in_0123abcd')
    expect(cookies()).toHaveProperty('consentry')
    expect(cookies()).not.toHaveProperty('unrelated')
  })

  it('[delete.every-domain-path] tries the host-only form, every parent domain, and each path prefix', () => {
    const removed: string[] = []
    const jar = fakeJar(
      {
        names: (area) => (area ? [] : ['_ga']),
        remove: (name, { domain, path }) =>
          void removed.push(`${name} ${domain ?? '(host)'} ${path}`),
      },
      'blog.shop.example.co.uk',
      '/2024/hello/',
    )
    const config = siteConfig()
    config.services!['google-analytics']!.cookies = [
      { name: '_ga', path: '/app', domain: 'cdn.example' },
    ]
    start(config, { jar, document: null }).rejectAll()
    const domains = [
      '(host)',
      'blog.shop.example.co.uk',
      'shop.example.co.uk',
      'example.co.uk',
      'co.uk',
      'cdn.example',
    ]
    const paths = ['/', '/app', '/2024', '/2024/', '/2024/hello', '/2024/hello/']
    expect(removed.sort()).toEqual(domains.flatMap((d) => paths.map((p) => `_ga ${d} ${p}`)).sort())
  })

  it('[delete.every-domain-path] actually removes a cookie set on a sub-path', () => {
    window.history.pushState({}, '', '/blog/post/')
    document.cookie = '_ga=sub; path=/blog'
    setCookie('_ga', 'root')
    expect(document.cookie).toMatch(/_ga=sub.*_ga=root/)
    start().rejectAll()
    expect(document.cookie).not.toMatch(/_ga=/)
    window.history.pushState({}, '', '/')
  })
})

describe('a cookie claimed by a granted and a refused service', () => {
  it('is kept, since something granted still needs it', () => {
    const config = siteConfig()
    config.services!['meta-pixel']!.cookies = [{ name: '_ga*' }]
    setCookie('_ga', '1')
    start(config).save({ categories: ['analytics'] })
    expect(cookies()).toHaveProperty('_ga')
  })
})
