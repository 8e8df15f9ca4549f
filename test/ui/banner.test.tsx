import { fireEvent, waitFor } from '@testing-library/preact'
import { describe, expect, it } from 'vitest'
import { focused, nextFrame, showUI, ui, uiConfig } from './show-ui'

const withUI = (settings: NonNullable<ReturnType<typeof uiConfig>['ui']>) => ({
  ...uiConfig(),
  ui: settings,
})

describe('the banner', () => {
  it('[a11y.banner-role] shows a labelled region with "Accept all", "Reject all" and "Customize"', async () => {
    await showUI()
    const banner = ui().getByRole('region', { name: 'Cookie consent' })
    expect(banner.getAttribute('part')).toBe('banner')
    expect(ui().getByRole('heading', { name: 'We value your privacy' })).toBeTruthy()
    for (const name of ['Accept all', 'Reject all', 'Customize'])
      expect(ui().getByRole('button', { name })).toBeTruthy()
  })

  it('[banner.equal-buttons] [banner.reject-contrast] styles "Accept all" and "Reject all" exactly alike', async () => {
    await showUI()
    const accept = ui().getByRole('button', { name: 'Accept all' })
    const reject = ui().getByRole('button', { name: 'Reject all' })
    expect(accept.className).toBe(reject.className)
    expect(accept.getAttribute('part')).toBe('button accept')
    expect(reject.getAttribute('part')).toBe('button reject')
  })

  it('links to the privacy policy', async () => {
    await showUI()
    expect(ui().getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
      '/privacy-policy/',
    )
  })

  it('leaves focus where it is when it appears', async () => {
    const consent = await showUI()
    expect(consent.getState().decided).toBe(false)
    expect(focused()).toBe(document.body)
  })

  it('[perf.close-first] hides at once on "Accept all", and accepts once the close has painted', async () => {
    const consent = await showUI()
    fireEvent.click(ui().getByRole('button', { name: 'Accept all' }))
    expect(ui().queryByRole('region')).toBeNull()
    expect(consent.getState().decided).toBe(false)
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'accept-all' })
    expect(consent.isGranted('marketing')).toBe(true)
    expect(ui().getByRole('status').textContent).toBe('Your choices have been saved.')
  })

  it('rejects everything optional on "Reject all"', async () => {
    const consent = await showUI()
    fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
    expect(ui().queryByRole('region')).toBeNull()
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
    expect(consent.isGranted('analytics')).toBe(false)
  })

  it('opens the preferences on "Customize"', async () => {
    await showUI()
    fireEvent.click(ui().getByRole('button', { name: 'Customize' }))
    const dialog = ui().getByRole('dialog', { name: 'Cookie preferences' })
    expect(focused()).toBe(dialog)
  })

  it('has no close button unless the config asks for one', async () => {
    await showUI()
    expect(ui().queryByRole('button', { name: 'Close' })).toBeNull()
  })

  it('[banner.no-inferred-consent] closes on × without consent, to ask again on the next page', async () => {
    const consent = await showUI(withUI({ closeButton: true }))
    fireEvent.click(ui().getByRole('button', { name: 'Close' }))
    expect(ui().queryByRole('region')).toBeNull()
    await nextFrame()
    expect(consent.getState().decided).toBe(false)
    expect(consent.getRecord()).toBeUndefined()
  })

  it('[banner.no-inferred-consent] closes on Escape without consent', async () => {
    const consent = await showUI()
    fireEvent.keyDown(ui().getByRole('button', { name: 'Accept all' }), { key: 'Escape' })
    expect(ui().queryByRole('region')).toBeNull()
    await nextFrame()
    expect(consent.getState().decided).toBe(false)
  })

  it('[banner.no-inferred-consent] counts closing as a refusal when closeAction is "reject"', async () => {
    const consent = await showUI(withUI({ closeButton: true, closeAction: 'reject' }))
    fireEvent.click(ui().getByRole('button', { name: 'Close' }))
    await nextFrame()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
  })

  it('[a11y.banner-role] is a modal dialog in the "modal" layout: focus moves in and Tab stays inside', async () => {
    await showUI(withUI({ layout: 'modal' }))
    const dialog = ui().getByRole('dialog', { name: 'We value your privacy' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(focused()).toBe(dialog)
    const buttons = ui().getAllByRole('button')
    const link = ui().getByRole('link', { name: 'Privacy policy' })
    buttons.at(-1)!.focus()
    fireEvent.keyDown(buttons.at(-1)!, { key: 'Tab' })
    expect(focused()).toBe(link)
    fireEvent.keyDown(link, { key: 'Tab', shiftKey: true })
    expect(focused()).toBe(buttons.at(-1))
  })

  it('places the box layout in the configured corner', async () => {
    await showUI(withUI({ layout: 'box', position: 'top-left' }))
    expect(ui().getByRole('region').className).toMatch(/\bbox\b.*\btop-left\b/)
  })

  it('hides when the visitor decides through a control on the page', async () => {
    document.body.innerHTML = '<button data-consent-action="reject-all">No thanks</button>'
    const consent = await showUI()
    fireEvent.click(document.querySelector('[data-consent-action]')!)
    expect(consent.getState().decided).toBe(true)
    await waitFor(() => expect(ui().queryByRole('region')).toBeNull())
  })

  it('shows again after reset()', async () => {
    const consent = await showUI()
    fireEvent.click(ui().getByRole('button', { name: 'Accept all' }))
    await nextFrame()
    consent.reset()
    await waitFor(() => expect(ui().getByRole('region', { name: 'Cookie consent' })).toBeTruthy())
  })

  it('is not shown to a visitor who has decided', async () => {
    const first = await showUI()
    first.acceptAll()
    first.destroy()
    document.body.innerHTML = ''
    await showUI()
    expect(ui().queryByRole('region')).toBeNull()
  })

  it('keeps focused elements clear of a bottom bar with scroll-padding while it shows', async () => {
    const observed: Element[] = []
    class FakeResizeObserver {
      constructor(private callback: () => void) {}
      observe(el: Element) {
        observed.push(el)
        this.callback()
      }
      disconnect() {}
    }
    const real = window.ResizeObserver
    window.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver
    try {
      await showUI()
      const root = document.documentElement.style
      expect(observed).toEqual([ui().getByRole('region')])
      expect(root.getPropertyValue('scroll-padding-bottom')).toMatch(/px$/)
      // Room after the page's end, so that its last link can scroll above the bar.
      expect(root.paddingBottom).toBe(root.getPropertyValue('scroll-padding-bottom'))
      fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
      expect(root.getPropertyValue('scroll-padding-bottom')).toBe('')
      expect(root.paddingBottom).toBe('')
    } finally {
      window.ResizeObserver = real
    }
  })

  it('moves a top bar to the bottom when focus lands on something it hides', async () => {
    await showUI(withUI({ layout: 'bar-top' }))
    const bar = ui().getByRole('region')
    const link = document.body.appendChild(document.createElement('a'))
    link.href = '#'
    const box = (top: number, bottom: number) => () => ({ top, bottom }) as DOMRect
    bar.getBoundingClientRect = box(0, 120)
    const root = document.documentElement.style

    // Below the bar: the browser scrolls it clear, the bar stays.
    link.getBoundingClientRect = box(300, 320)
    link.focus()
    expect(bar.style.bottom).toBe('')
    expect(root.getPropertyValue('scroll-padding-top')).not.toBe('')

    // Wholly under it, at the top of the page where nothing can scroll: the bar steps aside.
    link.blur()
    link.getBoundingClientRect = box(40, 60)
    link.focus()
    expect(bar.style.top).toBe('auto')
    expect(root.getPropertyValue('scroll-padding-top')).toBe('')
    expect(root.getPropertyValue('scroll-padding-bottom')).not.toBe('')

    fireEvent.click(ui().getByRole('button', { name: 'Reject all' }))
    expect(root.getPropertyValue('scroll-padding-bottom')).toBe('')
  })
})
