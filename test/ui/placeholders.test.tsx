import { fireEvent, waitFor, within } from '@testing-library/preact'
import { describe, expect, it, vi } from 'vitest'
import { cookies } from '../helpers'
import { nextFrame, showUI, uiConfig } from './show-ui'

const frames = `
  <iframe id="one" data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/A" width="560" height="315"></iframe>
  <iframe id="two" data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/B"></iframe>`
const frame = (id: string) => document.getElementById(id) as HTMLIFrameElement
// The placeholder host sits right before its iframe.
const placeholderOf = (id: string) => {
  const host = frame(id).previousElementSibling
  return host?.localName == 'consentry-ui'
    ? within(host.shadowRoot! as unknown as HTMLElement).queryByRole('group')
    : null
}

describe('embed placeholders', () => {
  it('stand in for a gated iframe that is not granted, at its size', async () => {
    document.body.innerHTML = frames
    await showUI()
    const placeholder = placeholderOf('one')!
    expect(placeholder.getAttribute('aria-labelledby')).toBeTruthy()
    expect(within(placeholder).getByText('Content from YouTube')).toBeTruthy()
    expect(within(placeholder).getByText(/hosted by YouTube/)).toBeTruthy()
    expect(placeholder.getAttribute('part')).toBe('placeholder')
    expect(frame('one').hidden).toBe(true)
    const host = frame('one').previousElementSibling as HTMLElement
    expect([host.style.width, host.style.height]).toEqual(['560px', '315px'])
    expect(placeholderOf('two')).toBeTruthy()
  })

  it("takes its size from numbers only, never style from the iframe's attributes", async () => {
    document.body.innerHTML = `<iframe id="evil" data-consent="youtube" data-src="https://www.youtube-nocookie.com/embed/A"
      width="10;position:fixed;inset:0;background:url(https://evil.example/x)" height="50%"></iframe>`
    await showUI()
    const host = frame('evil').previousElementSibling as HTMLElement
    expect(host.localName).toBe('consentry-ui')
    expect(host.style.position).toBe('')
    expect(host.style.inset).toBe('')
    expect(host.style.background + host.style.backgroundImage).toBe('')
    expect([host.style.width, host.style.height]).toEqual(['', '50%'])
  })

  it('load one iframe on "Load this once", storing no consent', async () => {
    document.body.innerHTML = frames
    const consent = await showUI()
    fireEvent.click(within(placeholderOf('one')!).getByRole('button', { name: 'Load this once' }))
    expect(frame('one').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/A')
    expect(frame('one').hasAttribute('data-src')).toBe(false)
    expect(frame('one').getAttribute('data-consent-state')).toBe('active')
    expect(frame('one').hidden).toBe(false)
    expect(placeholderOf('one')).toBeNull()
    expect(frame('two').hasAttribute('src')).toBe(false)
    expect(placeholderOf('two')).toBeTruthy()
    await nextFrame()
    expect(consent.getState().decided).toBe(false)
    expect(cookies().consentry).toBeUndefined()
  })

  it('grant the service on "Always allow", keeping every other choice', async () => {
    document.body.innerHTML = frames
    const consent = await showUI()
    consent.save({ categories: ['analytics'], services: { hotjar: false } })
    const save = vi.spyOn(consent, 'save')
    fireEvent.click(
      within(placeholderOf('two')!).getByRole('button', { name: 'Always allow YouTube' }),
    )
    expect(placeholderOf('two')).toBeNull()
    await nextFrame()
    expect(save).toHaveBeenCalledOnce()
    expect(consent.isGranted('youtube')).toBe(true)
    expect(consent.isGranted('media')).toBe(false)
    expect(consent.isGranted('google-analytics')).toBe(true)
    expect(consent.isGranted('hotjar')).toBe(false)
    expect(placeholderOf('one')).toBeNull()
    expect(frame('one').hidden).toBe(false)
    await waitFor(() => expect(frame('one').getAttribute('data-consent-state')).toBe('active'))
    expect(frame('two').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/B')
  })

  it('grant a category named by the iframe, with its services', async () => {
    document.body.innerHTML = `<iframe id="one" data-consent="media" data-src="/a"></iframe>`
    const consent = await showUI()
    fireEvent.click(
      within(placeholderOf('one')!).getByRole('button', { name: 'Always allow Media' }),
    )
    await nextFrame()
    expect(consent.isGranted('media')).toBe(true)
    expect(consent.isGranted('youtube')).toBe(true)
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('appear for iframes added later, and go when a choice grants them', async () => {
    const consent = await showUI()
    document.body.insertAdjacentHTML('beforeend', frames)
    await waitFor(() => expect(placeholderOf('one')).toBeTruthy())
    consent.acceptAll()
    expect(placeholderOf('one')).toBeNull()
    expect(placeholderOf('two')).toBeNull()
    expect(frame('one').hidden).toBe(false)
  })

  it('are not shown for a granted service or when turned off', async () => {
    document.body.innerHTML = frames
    const first = await showUI({ ...uiConfig(), ui: { placeholders: false } })
    expect(placeholderOf('one')).toBeNull()
    expect(frame('one').hidden).toBe(false)
    first.save({ services: ['youtube'] })
    first.destroy()
    document.body.innerHTML = frames
    await showUI()
    expect(placeholderOf('one')).toBeNull()
  })
})
