import { describe, expect, it, vi } from 'vitest'
import { cookies, runEmbed, serveChunks, siteConfig } from '../helpers'

/*
 * The script tag fetches its writer (consentry-write.js) only when it must write: once the
 * banner has painted, or with the first decision. These drive the script tag, with a writer that
 * arrives later, or not at all.
 */

const inlineConfig = () => {
  const config = siteConfig()
  const script = document.createElement('script')
  script.type = 'application/json'
  script.id = 'consentry-config'
  script.textContent = JSON.stringify(config)
  document.head.append(script)
}

const started = async () => {
  await runEmbed()
  await vi.waitFor(() => expect(window.Consentry).toBeDefined())
  return window.Consentry!
}

describe('a writer fetched on demand', () => {
  it('is fetched once the banner has shown, so a decision is stored before change listeners run', async () => {
    const network = serveChunks({ ui: true, hold: ['write'] })
    inlineConfig()
    const consent = await started()
    // Undecided: the banner is shown, and the writer is asked for after it, when the page idles.
    await vi.waitFor(() => expect(network.pending.map((chunk) => chunk.name)).toEqual(['write']))
    await network.pending[0]!.load()
    await new Promise((arrived) => setTimeout(arrived))
    const seen: unknown[] = []
    consent.on('change', () => seen.push(consent.getRecord()?.method))
    consent.acceptAll()
    expect(seen).toEqual(['accept-all'])
    expect(cookies().consentry).toMatch(/^1~/)
  })

  it('is fetched again by the next write after a failed fetch, and then stores every decision in order', async () => {
    const network = serveChunks({ ui: true, hold: ['write'] })
    inlineConfig()
    const consent = await started()
    const errors: unknown[] = []
    consent.on('error', (error) => errors.push(error))
    await vi.waitFor(() => expect(network.pending).toHaveLength(1))
    network.pending[0]!.fail()
    await vi.waitFor(() => expect(errors).toEqual([{ type: 'write', error: expect.any(Error) }]))

    // Offline, the decision holds for the page; its record waits for the writer.
    consent.rejectAll()
    expect(consent.getState()).toMatchObject({ decided: true, method: 'reject-all' })
    await vi.waitFor(() => expect(network.pending).toHaveLength(2))
    consent.acceptAll()
    await new Promise((later) => setTimeout(later))
    expect(network.pending).toHaveLength(2)
    await network.pending[1]!.load()
    await vi.waitFor(() => expect(consent.getRecord()?.method).toBe('accept-all'))
    expect(cookies().consentry).toMatch(/~a~/)
  })
})
